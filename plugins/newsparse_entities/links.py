"""Names that point at a fuller one in the same document: surnames, first names, acronyms, short
company names ("Putin" -> "Vladimir Putin", "Shearson" -> "Shearson Lehman Brothers")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from newsparse_entities.brands import acts
from newsparse_entities.gazetteer import Gazetteer
from newsparse_entities.rules import COMPANY_SUFFIXES, NAME_PARTICLES, ORG_HEADS, PLACE_PREPOSITIONS
from newsparse_entities.words import Candidate, Words

__all__ = ["Links", "name_links"]


def _strip_particle(word: str) -> str:
    """ "al-Assad" -> "Assad" (the form news uses for a surname on second mention)."""
    dash = word.find("-")
    if 0 < dash < 4 and str.lower(word[:dash]) in ("al", "el", "ad", "as", "ash", "an", "ar", "az"):
        return word[dash + 1 :]
    return word


def _initials(text: str) -> str:
    """ "Free Syrian Army" -> "FSA"."""
    return "".join(p[0] for p in text.split() if p[:1].isupper())


# surname -> full name, acronym -> full name, short name -> full name, name -> its first chunk
Links = tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, Candidate]]


def name_links(
    words: Words,
    chunk_cands: Sequence[Candidate],
    chunk_keys: Sequence[str],
    decided: dict[str, str | None],
    best_vote: dict[str, int],
    gaz: Gazetteer,
    guesses: set[str],
) -> Links:
    """The names that point at a fuller one: surnames, acronyms, short company names.

    A name whose last word is a person elsewhere becomes that person (``decided`` is updated).
    """
    # the names of two words or more, split once (most names are one word)
    multi = [(key, parts) for key in decided if len(parts := key.split()) >= 2]
    # people: surnames (and particle-less surnames) point at the full name
    surname_of: dict[str, str] = {}
    firsts: dict[str, list[str]] = {}
    for key, parts in multi:
        if decided[key] == "PERSON" and len(parts) >= 2:
            for s in {parts[-1], _strip_particle(parts[-1])}:
                surname_of.setdefault(s, key)
            if len(parts) >= 3 and str.lower(parts[-2]) in NAME_PARTICLES:
                surname_of.setdefault(" ".join(parts[-2:]), key)  # "De Niro" after "Robert De Niro"
            firsts.setdefault(parts[0], []).append(key)
    # a first name alone ("Kelly" after "Kelly Holmes") points at the one person who has it; so does
    # a first word no list knows ("Hicham" after "Hicham El Guerrouj") when nothing but a guess typed it
    for first, fulls in firsts.items():
        if len(fulls) != 1 or first not in decided or first in surname_of:
            continue
        known = first in gaz.first_names and decided[first] != "ORG"
        # a guess follows only a full name typed by evidence or long ("Vodafone Live" is neither)
        sure = best_vote[fulls[0]] >= 2 or len(fulls[0].split()) >= 3
        if known or decided[first] == "PERSON" or (first in guesses and sure):
            surname_of[first] = fulls[0]
    # organisations: acronyms in parentheses and initials; "Toshiba" after "Toshiba Corp"
    acronym_of: dict[str, str] = {}
    short_of: dict[str, str] = {}
    first_chunk: dict[str, Candidate] = {}
    for c, key in zip(chunk_cands, chunk_keys, strict=True):
        first_chunk.setdefault(key, c)
        kind = decided.get(key)
        if kind != "ORG" and kind != "PRODUCT":
            continue
        parts = key.split()  # an organisation's or a product's words only: most are people's or places'
        if kind == "PRODUCT":
            if "acronym_follows" in c.evidence and c.j + 1 < len(words):
                acronym_of[words.text[c.j + 1]] = key  # "PlayStation Portable (PSP)"
        elif len(parts) >= 2:
            acronym_of.setdefault(_initials(key), key)
            if "acronym_follows" in c.evidence and c.j + 1 < len(words):
                acronym_of[words.text[c.j + 1]] = key
            if parts[-1] in COMPANY_SUFFIXES:
                short = " ".join(parts[:-1])
                if str.lower(short) not in gaz.words:
                    short_of.setdefault(short, key)
                if len(parts) >= 3 and parts[1] in _CORPORATE_WORDS and _town_prefix(c):
                    # "Magna" after "Magna International Inc", "Billiton International Metals B.V."
                    short_of.setdefault(parts[0], key)
    orgs = [(key, parts) for key, parts in multi if decided[key] == "ORG"]  # split once, above
    for short, full in _short_names(
        words, chunk_cands, chunk_keys, decided, best_vote, surname_of, first_chunk, gaz, orgs
    ):
        short_of.setdefault(short, full)
    # a name whose last word is a person elsewhere is that person ("Rafa Benitez" ... "Benitez said")
    for key, parts in multi:
        if len(parts) >= 2 and decided[key] != "PERSON":
            tail = parts[-1]
            if decided.get(tail) != "PERSON" and len(parts) >= 3 and str.lower(parts[-2]) in NAME_PARTICLES:
                tail = " ".join(parts[-2:])  # "Renaud Donnedieu de Vabres" ... "Mr de Vabres said"
            if decided.get(tail) == "PERSON" and best_vote[key] < 3:
                decided[key] = "PERSON"
                surname_of.setdefault(tail, key)
    return surname_of, acronym_of, short_of, first_chunk


def _short_names(
    words: Words,
    chunk_cands: Sequence[Candidate],
    chunk_keys: Sequence[str],
    decided: dict[str, str | None],
    best_vote: dict[str, int],
    surname_of: dict[str, str],
    first_chunk: dict[str, Candidate],
    gaz: Gazetteer,
    multi: Sequence[tuple[str, list[str]]],
) -> list[tuple[str, str]]:
    """Names that open one organisation's longer name and have no strong evidence of their own, with
    that name: (short, full) pairs, "Shearson" after "Shearson Lehman Brothers", "Texas Commerce" after
    "Texas Commerce Bancshares"; a name only ever located ("in Faruj") stays the town.  ``multi``: the
    organisations' names of two words or more with their words (split once by the caller)."""
    openers = {
        first: full
        for first, full in _openers_of_organisations(decided, multi, gaz).items()
        if first in decided and first not in surname_of and best_vote[first] < 3
    }
    acting = _acting_common_words(words, chunk_cands, chunk_keys, decided, gaz)
    openers.update(
        (short, full)
        for short, full in _prefixes_of_organisations(decided, multi, gaz, acting).items()
        if short not in openers
        and short not in surname_of
        and best_vote[short] < 3
        and first_chunk[full].start < first_chunk[short].start  # named in full first: "Lockheed" after
    )
    if not openers:
        return []
    located = _only_located(words, chunk_cands, chunk_keys, openers)
    return [
        (short, short if _division(short, full) else full)  # "Google" beside "Google News": itself
        for short, full in openers.items()
        if short not in located and (not _division(short, full) or short in acting)
    ]


# Words after a company's name that make a division or a unit of it ("BT Retail", "Barclays Capital",
# "Virgin Mobile", "BT Global Services"): the short name alone is then the parent, not the division.
_DIVISION_WORDS: Final = frozenset(
    """Retail Wholesale Capital Mobile Music Pictures Records Entertainment Broadcasting Television
    Interactive Online Wireless Broadband Global Services Direct News""".split()
)


def _division(short: str, full: str) -> bool:
    """Whether ``full`` is ``short`` followed by a division's words ("BT Retail"): the division of the
    company ``short`` names, so no long form of it.  A regional arm ("Lycos Europe") is no division
    here: its short name is the arm as often as the parent."""
    tail = full[len(short) + 1 :].split()
    return 1 <= len(tail) <= 2 and full.startswith(short + " ") and all(w in _DIVISION_WORDS for w in tail)


def _only_located(
    words: Words, chunk_cands: Sequence[Candidate], chunk_keys: Sequence[str], names: Mapping[str, str]
) -> set[str]:
    """The chunk names among ``names`` every mention of which follows a preposition of place ("in Faruj")."""
    located: dict[str, bool] = {}
    for c, key in zip(chunk_cands, chunk_keys, strict=True):
        if key not in names:
            continue
        prev = words.prev(c.i)
        here = prev is not None and words.lower[prev] in PLACE_PREPOSITIONS
        located[key] = located.get(key, True) and here
    return {key for key, always in located.items() if always}


def _openers_of_organisations(
    decided: dict[str, str | None], multi: Sequence[tuple[str, list[str]]], gaz: Gazetteer
) -> dict[str, str]:
    """First words that open exactly one organisation's name ended by a company suffix or an
    organisation's head word ("Shearson Lehman Brothers"), and are no common word; word -> name.
    ``multi`` holds the names of two words or more, with their words."""
    fulls: dict[str, set[str]] = {}
    for key, parts in multi:
        if decided[key] == "ORG" and (parts[-1] in COMPANY_SUFFIXES or parts[-1] in ORG_HEADS):
            fulls.setdefault(parts[0], set()).add(key)
    return {
        first: next(iter(names))
        for first, names in fulls.items()
        if len(names) == 1 and str.lower(first) not in gaz.words and first[:1].isupper()
    }


def _prefixes_of_organisations(
    decided: dict[str, str | None],
    multi: Sequence[tuple[str, list[str]]],
    gaz: Gazetteer,
    acting: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Names in this document that are the first words of exactly one organisation's longer name
    ("Lockheed" beside "Lockheed Martin", "Texas Commerce" beside "Texas Commerce Bancshares");
    short name -> full name.  A common word (unless in ``acting``), or a person's name typed as a
    person, is no short name."""
    fulls: dict[str, set[str]] = {}
    for key, parts in multi:
        if decided[key] != "ORG":
            continue
        for n in range(1, len(parts)):
            if not parts[n - 1][:1].isupper():
                break  # "Bank of": no name ends in a connector
            fulls.setdefault(" ".join(parts[:n]), set()).add(key)
    out: dict[str, str] = {}
    for short, names in fulls.items():
        if len(names) != 1 or short not in decided:
            continue
        first = short.split()[0]
        if " " not in short and str.lower(short) in gaz.words and short not in acting:
            continue  # "Royal", "General": common words
        if decided[short] == "PERSON" and (first in gaz.first_names or short in gaz.surnames):
            continue  # "John" beside "John Lewis Partnership" is a person of its own
        out[short] = next(iter(names))
    return out


def _acting_common_words(
    words: Words,
    chunk_cands: Sequence[Candidate],
    chunk_keys: Sequence[str],
    decided: dict[str, str | None],
    gaz: Gazetteer,
) -> frozenset[str]:
    """Lone common words dropped as no name that open their sentence as the subject of a verb
    ("Travelers had sales", beside "Travelers Life & Annuity") and that the document never writes in
    lower case: they may be the short name of an organisation named in full."""
    found = {
        key
        for c, key in zip(chunk_cands, chunk_keys, strict=True)
        if c.j - c.i == 1
        and decided.get(key) is None
        and words.initial[c.i]
        and key[:1].isupper()
        and not key.isupper()
        and str.lower(key) in gaz.words
        and acts(words, c.j)
    }
    if not found:
        return frozenset()  # most documents
    lowered = {t for t in words.text if t.islower()}  # written in lower case too: a common word
    return frozenset(key for key in found if str.lower(key) not in lowered)


# Second words of company names whose first word alone names the company ("Magna International Inc").
_CORPORATE_WORDS: Final = frozenset("International Holdings Group Corporation Industries Enterprises".split())


def _town_prefix(c: Candidate) -> bool:
    """Whether a chunk opens with a gazetteer town's name (not a country, demonym or region)."""
    return c.prefix is not None and bool(c.prefix.cands) and c.prefix.cands[0][0].startswith("geonames:")
