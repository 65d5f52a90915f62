"""Build ``real_quantities_m_s41.jsonl``: check set M of the quantities layer (issue 18, session 41).

119 sentences drawn by ``select_quantities_m`` (one per text: 40 BBC business and 79 other BBC texts
of the odd places of the session's unused news list; the pool's one Wikinews story had no amount
sentence), annotated from ``guidelines/quantities.md`` and the sentence alone, before the layer was
run on them (decisions where the guideline is silent: its "Clarifications, session 41"). ``GOLD``
maps a draw row to its quantities, each a tuple ``(span anchor, value or (low, high), unit, change[,
counted anchor])``; anchors use the syntax of ``evaluation.data.anchor`` and are resolved inside the
sentence; the stored offsets are offsets into the sentence (texts are read at run time, never
stored). Run as ``python -m evaluation.data.quantities_m_gold [--corpora PATH]``; ``--check`` compares
the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evaluation.data.drawing import write_gold
from evaluation.data.quantities_k_gold import gold_rows, key_of
from evaluation.data.select_quantities_m import selection, texts

__all__ = ["GOLD", "OUT", "build", "key_of", "main"]

OUT = Path(__file__).resolve().parent / "real_quantities_m_s41.jsonl"
Entry = tuple[Any, ...]
THOUSANDS = (2000, 9999)

#: row of the draw -> its gold quantities (annotated before any system run on these sentences)
GOLD: dict[int, list[Entry]] = {
    0: [("more than 800", 800, "guests", ">", "guests")],
    1: [],
    2: [("about $10 a month", 10, "USD/month", "~")],
    3: [],
    4: [],
    5: [],
    6: [],
    7: [("18-year-old", 18, "year", "=")],
    8: [("30%", 30, "percent", "="), ("27%", 27, "percent", "=")],
    9: [],
    10: [("below 90%", 90, "percent", "<")],
    11: [("£150,000", 150000, "GBP", "=")],
    12: [("50%", 50, "percent", "=")],
    13: [("14", 14, "countries", "=", "countries")],
    14: [("4%", 4, "percent", "up"), ("4.4%", 4.4, "percent", "up")],
    15: [("71%", 71, "percent", "up")],
    16: [("as much as 1%", 1, "percent", "down")],
    17: [("0.1%", 0.1, "percent", "up")],
    18: [],
    19: [("14-year-old", 14, "year", "=")],
    20: [],
    21: [("About 60", 60, "people", "~", "people")],
    22: [("3.5%", 3.5, "percent", "up"), ("5.5 million tonnes", 5.5e6, "t", "=")],
    23: [],
    24: [("$44.7bn", 44.7e9, "USD", "="), ("$45.9bn", 45.9e9, "USD", "=")],
    25: [("more than $200,000 a year", 200000, "USD/year", ">")],
    26: [("less than 5 years", 5, "year", "<")],
    27: [("1.2%", 1.2, "percent", "up")],
    28: [("1.6%", 1.6, "percent", "=")],
    29: [("5,196", 5196, "firms", "=", "firms")],
    30: [("17.30m", 17.3, "m", "=")],
    31: [("61.2", 61.2, None, "=")],
    32: [("50%", 50, "percent", "="), ("more than $1m a year", 1e6, "USD/year", ">")],
    33: [("£300", 300, "GBP", "down")],
    34: [("£35bn", 35e9, "GBP", "=")],
    35: [("400 times", 400, "times", "up")],
    36: [],
    37: [("530 pence-per-share", 530, "penny/share", "="), ("£1.3bn", 1.3e9, "GBP", "=")],
    38: [],
    39: [("27", 27, "year", "=")],
    40: [("£163,748", 163748, "GBP", "="), ("0.8%", 0.8, "percent", "up")],
    41: [("more than 100", 100, "pupils", ">", "pupils")],
    42: [],
    43: [("below 13%", 13, "percent", "<"), ("20%", 20, "percent", "=")],
    44: [("£170m", 170e6, "GBP", "="), ("£194m", 194e6, "GBP", "=")],
    45: [
        ("seven", 7, "attempts", "=", "attempts"),
        ("12", 12, "games", "=", "games"),
        ("14", 14, "games", "=", "games"),
    ],
    46: [],
    47: [],
    48: [("31-year-old", 31, "year", "=")],
    49: [],
    50: [],
    51: [("30 to 40", (30, 40), "firms", "=", "firms")],
    52: [("5 billion", 5e9, "webpages", "=", "webpages")],
    53: [],
    54: [("about $1m a week", 1e6, "USD/week", "~")],
    55: [],
    56: [],
    57: [],
    58: [("62", 62, "year", "=")],
    59: [("an estimated five million", 5e6, "boxes", "~", "Freeview set-top boxes")],
    60: [("11", 11, "nominations", "=", "nominations")],
    61: [("25-year-old", 25, "year", "="), ("two", 2, "finals", "=", "Australian Open finals")],
    62: [],
    63: [("£5.60 an hour", 5.6, "GBP/h", "=")],
    64: [("18-year-old", 18, "year", "=")],
    65: [],
    66: [("£9m", 9e6, "GBP", "=")],
    67: [],
    68: [],
    69: [("two million", 2e6, "people", "down", "people")],
    70: [("158", 158, "goals", "=", "goals"), ("276", 276, "games", "=", "games")],
    71: [("572,900", 572900, None, "up")],
    72: [("32", 32, "rebels", "=", "Labour rebels")],
    73: [("£350m", 350e6, "GBP", "=")],
    74: [],
    75: [("20%", 20, "percent", "up")],
    76: [("14-year-old", 14, "year", "=")],
    77: [
        ("£4bn", 4e9, "GBP", "up"),
        ("$7.4bn", 7.4e9, "USD", "up"),
        ("five million#1", 5e6, "lives", "=", "lives"),
        ("five million#2", 5e6, "lives", "=", "lives"),
    ],
    78: [("two", 2, "changes", "=", "changes")],
    79: [],
    80: [("2.25%", 2.25, "percent", "=")],
    81: [("31-year-old", 31, "year", "=")],
    82: [],
    83: [
        ("0.89 points", 0.89, "points", "down"),
        ("0.01%", 0.01, "percent", "down"),
        ("10,385.48", 10385.48, None, "="),
    ],
    84: [("almost 20%", 20, "percent", "up")],
    85: [("Thousands", THOUSANDS, "servants", "~", "civil servants")],
    86: [],
    87: [("$12.5m", 12.5e6, "USD", "="), ("£6.5m", 6.5e6, "GBP", "=")],
    88: [],
    89: [],
    90: [("two", 2, "shows", "=", "shows"), ("up to £480,000", 480000, "GBP", "<")],
    91: [],
    92: [("up to 200 per week", 200, "variants/week", "<")],
    93: [("past $50 a barrel", 50, "USD/bbl", ">")],
    94: [("about 400,000", 400000, "worker", "~", "public sector worker")],
    95: [("3%", 3, "percent", "up")],
    96: [("25lb", 25, "lb", "up")],
    97: [("95%", 95, "percent", "=")],
    98: [("$850m", 850e6, "USD", "="), ("£415m", 415e6, "GBP", "=")],
    99: [("0.22 litres per capita", 0.22, "l/capita", "=")],
    100: [("80 kilometres", 80, "km", "="), ("6,000", 6000, None, "=")],
    101: [("£7.00 per minute", 7.0, "GBP/min", "=")],
    102: [("23", 23, "year", "="), ("10", 10, "year", "=")],
    103: [("24%", 24, "percent", "down")],
    104: [("$4.7m", 4.7e6, "USD", "="), ("£2.4m", 2.4e6, "GBP", "=")],
    105: [("more than 6 million", 6e6, "DVDs", ">", "DVDs")],
    106: [("up to £1,000", 1000, "GBP", "<"), ("up to £2,500", 2500, "GBP", "<")],
    107: [("34", 34, "searches", "=", "searches"), ("1.9", 1.9, "webpages/hunt", "=")],
    108: [("29-year-old", 29, "year", "=")],
    109: [("130%", 130, "percent", "up"), ("over 65", 65, "year", ">")],
    110: [],
    111: [("7%", 7, "percent", "down"), ("3.2%", 3.2, "percent", "down")],
    112: [("around 80%", 80, "percent", "~")],
    113: [("3.3%", 3.3, "percent", "="), ("4.2%", 4.2, "percent", "=")],
    114: [("15.1%", 15.1, "percent", "up"), ("2.8%", 2.8, "percent", "up")],
    115: [("£10,000", 10000, "GBP", "=")],
    116: [("36,000", 36000, "cars", "=", "cars")],
    117: [("about 10%", 10, "percent", "~")],
    118: [("6.2bn yuan", 6.2e9, "CNY", "="), ("3bn yuan", 3e9, "CNY", "=")],
}


def build(corpora: Path) -> list[dict[str, Any]]:
    """The rows of set M: the draw's source, ``sentence`` and ``split`` with their gold quantities."""
    pool = texts(corpora)
    return gold_rows(pool, selection(pool), GOLD)


def main(argv: list[str] | None = None) -> int:
    """Write ``real_quantities_m_s41.jsonl`` (or, with ``--check``, say whether it is up to date)."""
    return write_gold(argv, __doc__, build, OUT)


if __name__ == "__main__":
    raise SystemExit(main())
