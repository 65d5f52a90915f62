"""Competitors in results rows written "Name ( Country )": where most such names of a document are
people, a name of the same shape read as an organisation is a person too (session 41, issue 14).

A results list of tennis, athletics or motor racing writes each competitor with the country in
brackets ("Jim Courier ( U.S. ) beat ...", "3. Franka Dietzsch ( Germany ) 61.74"). Clubs are
written the same way ("Besiktas ( Turkey ) v ..."), so the bracket alone does not decide the type:
the document's other rows do. When at least ``_LEAST`` names before a bracketed country are people
and people outnumber organisations there more than ``_RATIO`` to one, each organisation of such a row
is retyped a person, taking the capitalised words before it on its line when they open the row
("Mats Wilander", where "Mats" is a common word). The bracket's kind is the gazetteer's: a country
(or a home nation such as England), never a town, a region or a club.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse_entities.gazetteer import slug
from newsparse_entities.resolve import Resolved

__all__ = ["country_row_people", "is_country"]

# The bracket's opening (a space or tab may follow it; one may come before it, tested apart), and its
# close right after the country. The pattern starts with the bracket, so a scan jumps to each one.
_OPEN: Final = re.compile(r"\([ \t]?")
_SPACES: Final = " \t"
_CLOSE: Final = re.compile(r"[ \t]?\)")
# The fewest people before a bracketed country the document must hold, and how many times the
# organisations there they must outnumber.
_LEAST: Final = 3
_RATIO: Final = 2
# Ids of places that are no country: a town or a first-level subdivision.
_NOT_COUNTRY: Final = ("geonames:", "iso3166-2:")
# What may open a results row before the name: nothing, or its rank or seed ("3. ", "11 - ").
_ROW_OPENING: Final = re.compile(r"[ \t]*(?:\d+[ \t]*[.)-]?[ \t]*)?")
# A capitalised word that may open the person's name ("Mats", "Tan", "Dally").
_NAME_WORD: Final = re.compile(r"[A-Z][A-Za-z'-]*")


def is_country(r: Resolved) -> bool:
    """Whether a decided mention is a country (or a home nation), not a town or a region."""
    return r.type == "GPE" and not r.id.startswith(_NOT_COUNTRY)


def _row_names(resolved: Sequence[Resolved], text: str) -> list[int]:
    """The indices of the mentions followed on their line by "( Country )": the brackets found first
    by one C-level scan of the text, then each mention's end looked up among them."""
    opens = {}  # where a name before a bracket ends -> where the bracket's content starts
    for m in _OPEN.finditer(text):
        at = m.start()
        opens[at - 1 if at and text[at - 1] in _SPACES else at] = m.end()
    named = [(k, opens[r.end]) for k, r in enumerate(resolved) if r.end in opens]
    if len(named) <= _LEAST:
        return []  # too few names before a bracket for a list of people with an organisation
    places = {r.start: r for r in resolved if r.type == "GPE"}
    rows = []
    for k, after in named:
        country = places.get(after)
        if country is not None and is_country(country) and _CLOSE.match(text, country.end):
            rows.append(k)
    return rows


def _row_start(r: Resolved, text: str, taken: Sequence[Resolved]) -> int:
    """Where the person's name starts: before ``r``, the capitalised words that open its row when
    no other mention holds them ("Mats Wilander ( Sweden )"), else ``r``'s own start."""
    line_start = text.rfind("\n", 0, r.start) + 1
    words = text[line_start : r.start].split(" ")
    start = r.start
    if words[-1]:
        return start  # the name is joined to what is before it ("x-Club Brugge")
    for word in reversed(words[:-1]):  # the last item is the empty string before the name
        if _NAME_WORD.fullmatch(word) is None:
            break
        start -= len(word) + 1
    if start == r.start or _ROW_OPENING.fullmatch(text, line_start, start) is None:
        return r.start
    if any(t.start < r.start and t.end > start for t in taken):
        return r.start
    return start


def country_row_people(resolved: Sequence[Resolved], text: str) -> list[Resolved]:
    """The decided mentions, each organisation before a bracketed country retyped a person where the
    document's other such names are mostly people."""
    out = list(resolved)
    if text.count("(") <= _LEAST:
        return out  # most documents: too few brackets for a list of people with an organisation
    rows = _row_names(out, text)
    people = sum(1 for k in rows if out[k].type == "PERSON")
    orgs = [k for k in rows if out[k].type == "ORG"]
    if not orgs or people < _LEAST or people <= _RATIO * len(orgs):
        return out
    people_ids: dict[str, str] = {}  # an organisation's id -> the person's
    for k in orgs:
        r = out[k]
        start = _row_start(r, text, out)
        name = text[start : r.end]
        people_ids.setdefault(r.id, "person:" + slug(name))
        out[k] = Resolved(start, r.end, people_ids[r.id], "PERSON", name, "name", {})
    for k, r in enumerate(out):  # the same organisation named again elsewhere: the same person
        if r.type == "ORG" and r.id in people_ids:
            out[k] = Resolved(r.start, r.end, people_ids[r.id], "PERSON", r.canonical, r.form, {})
    return out
