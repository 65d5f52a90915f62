"""The word tables the amount reader consults: percent words, post-modifiers ("or more", "-odd"),
torque and symbol units, and the words before "over" that make it a preposition (moved from reader.py).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "AFTER_SYMBOL",
    "CLOSE",
    "ELIDED",
    "INCHES",
    "MEASURE_ADJECTIVES",
    "ONE_IDIOM_AFTER",
    "OPEN",
    "OVER_AS_PREPOSITION",
    "PERCENT_BY_FIRST",
    "PERCENT_WORDS",
    "POST_BY_FIRST",
    "POST_MODIFIERS",
    "SPACED_PREFIXES",
    "SPACED_SYMBOLS",
    "TIME_OF_DAY",
    "TORQUE",
    "TORQUE_FIRST",
]

PERCENT_WORDS: Final = {
    ("percent",): "percent",
    ("per", "cent"): "percent",
    ("pct",): "percent",
    ("percentage", "points"): "percentage_point",
    ("percentage", "point"): "percentage_point",
}
TIME_OF_DAY: Final = frozenset(
    {"am", "pm", "a.m", "p.m", "a.m.", "p.m.", "o'clock", "gmt", "utc", "hrs", "hours", "midnight", "noon"}
)
ELIDED = frozenset({"wounded", "injured", "dead", "killed", "missing", "hurt", "arrested", "displaced"})
TORQUE: Final = frozenset(
    (a, "-", b)
    for a, b in (
        ("pound", "feet"), ("pound", "foot"), ("pounds", "feet"), ("lb", "ft"), ("lb", "feet"), ("lbs", "ft"),
        ("foot", "pounds"), ("foot", "pound"), ("ft", "lb"), ("ft", "lbs"),
    )
)  # fmt: skip
TORQUE_FIRST: Final = frozenset(key[0] for key in TORQUE)
OPEN: Final = frozenset("([{<")
CLOSE: Final = frozenset(")]}>")
SPACED_SYMBOLS: Final = frozenset({"m", "t", "g", "l", "L", "kt", "ha", "yd", "mi"})
AFTER_SYMBOL: Final = frozenset(
    {"x", "by", "long", "tall", "wide", "high", "deep", "in", "of", "and", "or", "away"}
)
MEASURE_ADJECTIVES: Final = frozenset("thick long wide tall high deep across in diameter".split())
INCHES: Final = frozenset({"in", "inch", "inches", '"', "″"})
SPACED_PREFIXES: Final = {"c": "CAD", "hk": "HKD"}
ONE_IDIOM_AFTER: Final = frozenset("another day you time who which that thing way hand".split())
POST_MODIFIERS: Final = {
    ("or", "more"): "at_least",
    ("or", "so"): "approx", ("or", "thereabouts"): "approx",  # "£11 billion or thereabouts"
    ("or", "over"): "at_least",  # "aged 40 or over"
    ("or", "above"): "at_least",
    ("or", "under"): "at_most",
    ("or", "below"): "at_most",
    ("or", "less"): "at_most",
    ("or", "fewer"): "at_most",
    ("plus",): "at_least",
    ("-", "plus"): "at_least",  # "30-plus": the shared tokens split the hyphen off
    ("-", "odd"): "approx",  # "40-odd calls"
    ("+",): "at_least",  # "30+ people"
}


_Phrases = tuple[tuple[tuple[str, ...], str], ...]


def _by_first(table: dict[tuple[str, ...], str]) -> MappingProxyType[str, _Phrases]:
    """A phrase table indexed by its first word, phrases in their order (tries only those that can match)."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, name in table.items():
        index.setdefault(key[0], []).append((key, name))
    return MappingProxyType({first: tuple(items) for first, items in index.items()})


# words after which "over" says what is disputed or held, not "more than" ("wrangled over three issues")
OVER_AS_PREPOSITION: Final = frozenset(
    """
    wrangle wrangled wrangling argue argued arguing argument arguments dispute disputes disputed row
    rows clash clashed clashes clashing fight fought fighting fights quarrel quarrelled quarreled
    split divided differences disagreement disagreements talks negotiations deadlock deadlocked
    stalemate impasse standoff stand-off tussle battle battled battling feud wrangles control
    sovereignty jurisdiction authority presided presides preside reigned rule ruled
    """.split()
)
PERCENT_BY_FIRST: Final = _by_first(PERCENT_WORDS)
POST_BY_FIRST: Final = _by_first(POST_MODIFIERS)
