"""The currency of a name several countries use ("pesos", "dinars", "kroner"), from the article.

A reader takes "24.2 trillion pesos" in a story about Colombia as Colombian pesos: the country the
article names nearest before the amount (else nearest after it) picks the code, from
``data/currency_countries.tsv``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

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


def country_currency(words: Words, i: int) -> str | None:
    """The code of the ambiguous currency name at word ``i``, from the nearest country word.

    The nearest before ``i`` wins, else the nearest after it; None when the article names none.
    """
    countries = _table().get(words.lower[i])
    if countries is None:
        return None
    for k in (*range(i - 1, -1, -1), *range(i + 1, words.size)):
        code = countries.get(_bare(words.texts[k]))
        if code is not None:
            return code
    return None


def _bare(word: str) -> str:
    """A word without its possessive ending ("Colombia's" -> "Colombia")."""
    return word[:-2] if word.endswith(("'s", "’s")) else word
