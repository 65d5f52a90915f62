"""The currency of a name several countries use ("pesos", "dinars", "kroner"), from the article.

A reader takes "24.2 trillion pesos" in a story about Colombia as Colombian pesos: the country the
article names most often (on a tie, nearest before the amount) picks the code, from
``data/currency_countries.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from .numbers import Words

__all__ = ["country_currency", "country_currency_names"]


@lru_cache(maxsize=1)
def _table() -> Mapping[str, Mapping[str, str]]:
    """Load the table once: currency name -> {country word as written: ISO code}."""
    table: dict[str, dict[str, str]] = {}
    text = resources.files(__package__).joinpath("data/currency_countries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, code, countries = line.split("\t")
        for country in countries.split():
            table.setdefault(name, {})[country] = code
    return MappingProxyType({name: MappingProxyType(words) for name, words in table.items()})


def country_currency_names() -> frozenset[str]:
    """The currency names whose code depends on the country the article names."""
    return frozenset(_table())


@lru_cache(maxsize=64)
def _pattern(name: str) -> re.Pattern[str]:
    """The country words of one currency name as one pattern (whole words, as written)."""
    return re.compile(
        r"\b(?:" + "|".join(sorted(map(re.escape, _table()[name]), key=len, reverse=True)) + r")\b"
    )


def country_currency(words: Words, i: int) -> str | None:
    """The code of the ambiguous currency name at word ``i``, from the country words of the article.

    The country named most often wins (the story's own country, not a neighbour it mentions);
    on a tie the one named nearest before ``i``, else nearest after it. None when it names none.
    The whole text is searched: ``words`` may hold only the stretches near numbers.
    """
    name = words.lower[i]
    countries = _table().get(name)
    if countries is None:
        return None
    at = words.starts[i]
    counts: dict[str, int] = {}
    nearest: dict[str, int] = {}
    for match in _pattern(name).finditer(words.text):
        code = countries[match.group()]
        counts[code] = counts.get(code, 0) + 1
        distance = at - match.start() if match.start() < at else len(words.text) + match.start() - at
        nearest[code] = min(distance, nearest.get(code, distance))  # one before beats any after
    if not counts:
        return None
    return min(counts, key=lambda code: (-counts[code], nearest[code]))
