"""The compact gazetteer and lexicon shipped in ``data/``, loaded once per process.

``data/gazetteer.json`` (built by the repository's ``tools/build_entities_data.py``) maps a name's
lookup key (its tokens joined by single spaces, as :func:`newsparse.text.tokenize` splits them) to
candidate entity ids, best first, each with the mention form the name gives (name, alias, acronym,
demonym).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Final

import attrs

from newsparse.frozen import FrozenDict, freeze

# The package's ``data/`` folder, found through the import system: a compiled module's ``__file__``
# names no folder of the package.
DATA: Final = Path(str(resources.files("newsparse_entities").joinpath("data")))


def fold(text: str) -> str:
    """ASCII-fold a name ("Ḩamāh" -> "Hamah") so news spellings match."""
    if text.isascii():
        return text  # most names: nothing to decompose or replace
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("‘", "`").replace("’", "'")


# Runs of characters that are not letters or digits (``\w`` is ``str.isalnum`` and "_").
_NOT_ALNUM: Final = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=1 << 16)
def slug(name: str) -> str:
    """A lower-case hyphenated slug ("South Korea" -> "south-korea"): most names of an article are
    new to the cache, so it is one C-level substitution, not a Python step per character."""
    return _NOT_ALNUM.sub("-", str.lower(fold(name))).strip("-")


@attrs.frozen
class EntityInfo:
    """What the gazetteer knows about one entity id."""

    id: str
    type: str
    canonical: str
    identifiers: Mapping[str, Any]


@attrs.frozen(eq=False)
class Gazetteer:
    """Names to candidate entities, plus capitals and the word lists the rules consult.

    Every container holds strings, numbers and tuples only, and the word lists are dicts (to None)
    rather than sets: the garbage collector stops tracking such dicts and tuples after its first full
    collections, while it walks a set or a list (a hundred thousand entries here) at every full
    collection of the process, whoever triggers it."""

    entities: Mapping[str, Sequence[Any]]
    rows: tuple[str, ...]
    forms: tuple[str, ...]
    names: Mapping[str, Sequence[int]]
    capital_of: Mapping[str, str]
    max_tokens: Mapping[str, int]
    first_names: Mapping[str, None]
    surnames: Mapping[str, None]
    words: Mapping[str, None]
    country_by_code: Mapping[str, str]

    def info(self, ident: str) -> EntityInfo | None:
        """The gazetteer's record of ``ident``, or None."""
        row = self.entities.get(ident)
        if row is None:
            return None
        return EntityInfo(ident, row[0], row[1], _identifiers(ident, row[2]))

    def record(self, ident: str) -> tuple[str, str, dict[str, Any]] | None:
        """The type, canonical name and (a new dict of) identifiers of ``ident``, or None: what
        :meth:`info` gives, without building an :class:`EntityInfo` for each mention."""
        row = self.entities.get(ident)
        if row is None:
            return None
        return row[0], row[1], _identifiers(ident, row[2])

    def country_code(self, ident: str) -> str | None:
        """The ISO 3166 alpha-2 code of ``ident``'s country (its own for a country), or None: read
        from the stored row, without building the identifiers :meth:`record` gives."""
        row = self.entities.get(ident)
        if row is None:
            return None
        stored = row[2]
        if isinstance(stored, (tuple, list)):
            return str(stored[0])  # a GeoNames city: (country, lat, lon)
        code = stored.get("country") or stored.get("iso3166")
        return str(code) if code else None

    def candidates(self, key: str) -> tuple[tuple[str, str], ...]:
        """Candidate ``(id, form)`` pairs for a lookup key, best first (empty if unknown)."""
        flat = self.names.get(key)
        if not flat:
            return ()
        if len(flat) == 2:  # one candidate: most names
            return ((self.rows[flat[0]], self.forms[flat[1]]),)
        return tuple((self.rows[flat[k]], self.forms[flat[k + 1]]) for k in range(0, len(flat), 2))


@functools.lru_cache(maxsize=4)
def country_ids(gaz: Gazetteer) -> frozenset[str]:
    """The entity ids of the countries (``country_by_code``'s values) as a set, built once: a test of
    membership in a dict's values view reads them all."""
    return frozenset(gaz.country_by_code.values())


@functools.lru_cache(maxsize=1 << 14)
def frozen_record(gaz: Gazetteer, ident: str) -> tuple[str, str, FrozenDict] | None:
    """What :meth:`Gazetteer.record` gives with the identifiers frozen, once per id: the mentions of
    one place share them, and an entity takes them as they are instead of freezing a new dict."""
    found = gaz.record(ident)
    if found is None:
        return None
    return found[0], found[1], freeze(found[2])


def _identifiers(ident: str, stored: Any) -> dict[str, Any]:
    """Identifiers as stored: a dict, or for a GeoNames city the compact (country, lat, lon)."""
    if isinstance(stored, (tuple, list)):
        return {
            "geonames": int(ident.partition(":")[2]),
            "country": stored[0],
            "coordinates": list(stored[1:]),
        }
    return dict(stored)


@functools.lru_cache(maxsize=4)
def load(directory: str | None = None) -> Gazetteer:
    """Load the gazetteer from ``directory`` (default: the package's ``data/``), once."""
    root = Path(directory) if directory else DATA
    gaz = json.loads((root / "gazetteer.json").read_text(encoding="utf-8"))
    lex = json.loads((root / "lexicon.json").read_text(encoding="utf-8"))
    # Rows and candidate lists as tuples, not JSON's lists: a tuple of strings and numbers leaves the
    # garbage collector's care, a list never does, and every full collection of the process would
    # otherwise walk these hundred thousand lists (tens of milliseconds each time).
    entities = {
        ident: (row[0], row[1], tuple(row[2])) if row[2].__class__ is list else (row[0], row[1], row[2])
        for ident, row in gaz["entities"].items()
    }
    names = gaz["names"]
    return Gazetteer(
        entities=entities,
        rows=tuple(entities),
        forms=tuple(gaz["forms"]),
        names=dict(zip(names, map(tuple, names.values()), strict=True)),
        capital_of=gaz["capital_of"],
        max_tokens=gaz["max_tokens"],
        first_names=dict.fromkeys(lex["first_names"]),
        surnames=dict.fromkeys(lex["surnames"]),
        words=dict.fromkeys(lex["words"]),
        country_by_code=gaz["country_by_code"],
    )
