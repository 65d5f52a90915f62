"""Build ``real_quantities_j_s23.jsonl``: check set J of the quantities layer (issue 18, session 23).

160 sentences of PolNeAR train texts (2015-2016 US election news) drawn by ``select_quantities_j``
(106 with a digit or number word, 54 without), annotated from ``guidelines/quantities.md`` and the
sentence alone, before the system was run on them. ``GOLD`` maps a draw row to its quantities, each a
tuple ``(span anchor, value or (low, high), unit, change[, counted anchor])``; anchors use the syntax
of ``evaluation.data.anchor`` and are resolved inside the sentence, and the stored offsets are
offsets into the sentence (the text is read at run time, never stored). Research only. Run as
``python -m evaluation.data.quantities_j_gold [--corpora PATH]``; ``--check`` compares the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evaluation.data.drawing import write_gold
from evaluation.data.quantities_i_gold import quantity
from evaluation.data.select_quantities import sentences
from evaluation.data.select_quantities_j import files, selection

__all__ = ["GOLD", "OUT", "build", "main"]

OUT = Path(__file__).resolve().parent / "real_quantities_j_s23.jsonl"
Entry = tuple[Any, ...]
BILLIONS = (2e9, 9999999999)
MILLIONS = (2e6, 9999999)

#: row of the draw -> its gold quantities (annotated before any system run on these sentences)
GOLD: dict[int, list[Entry]] = {
    0: [],
    1: [],
    2: [],
    3: [("one", 1, "district", "=", "congressional district")],
    4: [("1 percent", 1, "percent", "=")],
    5: [
        ("60", 60, "delegates", "=", "pledged delegates"),
        ("seven", 7, "superdelegates", "=", "superdelegates"),
    ],
    6: [],
    7: [("at least six", 6, "counties", ">", "counties")],
    8: [("$5 million", 5e6, "USD", "="), ("$1,495", 1495, "USD", "=")],
    9: [("two", 2, None, "=")],
    10: [],
    11: [],
    12: [],
    13: [],
    14: [],
    15: [],
    16: [],
    17: [("hundreds", (200, 999), "accounts", "~", "account")],
    18: [("67 percent", 67, "percent", "=")],
    19: [],
    20: [("22", 22, "year", "=")],
    21: [("five", 5, "facilities", "=", "Alabama facilities")],
    22: [],
    23: [],
    24: [("five", 5, "apps", "=", "encryption apps")],
    25: [],
    26: [],
    27: [("two", 2, "primaries", "=", "primaries"), ("more than 60%", 60, "percent", ">")],
    28: [],
    29: [],
    30: [],
    31: [],
    32: [],
    33: [("24.6 percent", 24.6, "percent", "=")],
    34: [],
    35: [],
    36: [],
    37: [],
    38: [("billions", BILLIONS, None, "~")],
    39: [],
    40: [
        ("Two", 2, "lawsuits", "=", "class action lawsuits"),
        ("millions of dollars", MILLIONS, "USD", "~"),
    ],
    41: [],
    42: [],
    43: [("26", 26, "debates", "=", "debates"), ("17", 17, "debates", "=", "debates")],
    44: [("one", 1, "tweet", "=", "tweet")],
    45: [],
    46: [],
    47: [],
    48: [("tens of billions of dollars", (2e10, 99999999999), "USD", "~")],
    49: [("$15 an hour", 15, "USD/h", "=")],
    50: [],
    51: [],
    52: [],
    53: [],
    54: [
        ("758", 758, "delegates", "=", "pledged delegates"),
        ("538", 538, "delegates", "=", "pledged delegates"),
        ("145", 145, "delegates", "=", "pledged delegates"),
    ],
    55: [("about 400", 400, "shows", "~", "scripted shows")],
    56: [],
    57: [],
    58: [],
    59: [],
    60: [],
    61: [("two", 2, "firms", "=", "consulting firms")],
    62: [],
    63: [("98", 98, "year", "=")],
    64: [("40 to 50 feet", (40, 50), "ft", "=")],
    65: [],
    66: [("31,000 to 160,000", (31000, 160000), None, "down")],
    67: [],
    68: [("two", 2, "daughters", "=", "daughters")],
    69: [],
    70: [],
    71: [("$12.2 billion", 12.2e9, "USD", "="), ("$19.9 billion", 19.9e9, "USD", "=")],
    72: [("10.4 percent", 10.4, "percent", "=")],
    73: [],
    74: [],
    75: [("more than 100", 100, "staff", ">", "staff"), ("two dozen", 24, "states", "=", "states")],
    76: [],
    77: [("four", 4, "kids", "=", "kids")],
    78: [],
    79: [],
    80: [("more than 80", 80, "broadcasts", ">", "broadcasts")],
    81: [("2,383", 2383, "delegates", "=", "delegates")],
    82: [],
    83: [],
    84: [],
    85: [("as low as 19%", 19, "percent", "=")],
    86: [("11 million", 11e6, "immigrants", "=", "immigrants")],
    87: [],
    88: [("two", 2, "frontrunners", "=", "frontrunners")],
    89: [],
    90: [("between $8 billion and $12 billion", (8e9, 12e9), "USD", "=")],
    91: [("14", 14, "year", "=")],
    92: [
        ("more than $1 billion", 1e9, "USD/d", ">"),
        ("millions", MILLIONS, "Mexicans", "~", "Mexicans"),
    ],
    93: [],
    94: [("1.6 billion", 1.6e9, "members", "=", "members")],
    95: [],
    96: [],
    97: [("$13.5 million", 13.5e6, "USD", "=")],
    98: [("six", 6, None, "="), ("1.56 percent", 1.56, "percent", "=")],
    99: [],
    100: [],
    101: [("billions of dollars", BILLIONS, "USD", "~")],
    102: [],
    103: [],
    104: [],
    105: [("1.6 billion", 1.6e9, "members", "=", "members")],
    106: [],
    107: [("more than 3,000", 3000, "people", ">", "people")],
    108: [],
    109: [("40 percent", 40, "percent", "="), ("46 percent", 46, "percent", "=")],
    110: [("millions", MILLIONS, None, "~")],
    111: [],
    112: [("300", 300, "person", "=", "person")],
    113: [],
    114: [],
    115: [],
    116: [
        ("13 percent", 13, "percent", "="),
        ("4 percent", 4, "percent", "="),
        ("25 percent", 25, "percent", "="),
    ],
    117: [],
    118: [],
    119: [],
    120: [],
    121: [("above 50 percent", 50, "percent", ">")],
    122: [],
    123: [],
    124: [],
    125: [("less than $1.3 million", 1.3e6, "USD", "<")],
    126: [("14", 14, "people", "=", "people")],
    127: [("over 2,200", 2200, "emails", ">", "emails")],
    128: [],
    129: [],
    130: [],
    131: [("Over 90 percent", 90, "percent", ">")],
    132: [],
    133: [],
    134: [],
    135: [],
    136: [],
    137: [],
    138: [("50", 50, "state", "=", "state")],
    139: [],
    140: [],
    141: [],
    142: [],
    143: [("two", 2, None, "=")],
    144: [("3,000", 3000, None, "=")],
    145: [],
    146: [],
    147: [],
    148: [("13", 13, "candidates", "=", "candidates")],
    149: [],
    150: [("$2,700", 2700, "USD", "=")],
    151: [],
    152: [("two", 2, "men", "=", "men")],
    153: [("millions", MILLIONS, None, "~")],
    154: [],
    155: [],
    156: [],
    157: [("two", 2, "Republicans", "=", "Republicans")],
    158: [],
    159: [("$15 an hour", 15, "USD/h", "=")],
}


def build(corpora: Path) -> list[dict[str, Any]]:
    """The rows of set J: the draw's ``file``, ``sentence`` and ``split`` with their gold quantities."""
    texts = dict(files(corpora))
    rows = []
    for number, row in enumerate(selection(list(texts.items()))):
        text = texts[row["file"]]
        start, end = sentences(text)[row["sentence"]]
        found = [quantity(text[start:end], entry) for entry in GOLD[number]]
        rows.append({**row, "quantities": sorted(found, key=lambda q: q["span"]["start"])})
    return rows


def main(argv: list[str] | None = None) -> int:
    """Write ``real_quantities_j_s23.jsonl`` (or, with ``--check``, say whether it is up to date)."""
    return write_gold(argv, __doc__, build, OUT)


if __name__ == "__main__":
    raise SystemExit(main())
