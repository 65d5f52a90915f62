"""Build ``real_quantities_i_s19.jsonl``: check set I of the quantities layer (issue 18, session 19).

200 sentences of TempEval-3 train wire stories drawn by ``select_quantities_i`` (160 with a digit or
number word, 40 without), annotated from ``guidelines/quantities.md`` and the sentence alone, before
the system was run on them. ``GOLD`` maps a draw row to its quantities, each a tuple ``(span anchor,
value or (low, high), unit, change[, counted anchor])``; anchors use the syntax of
``evaluation.data.anchor`` and are resolved inside the sentence, and the stored offsets are offsets
into the sentence (the text is rebuilt at run time, never stored). Research only. Run as
``python -m evaluation.data.quantities_i_gold [--corpora PATH]``; ``--check`` compares the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evaluation.data.anchor import locate
from evaluation.data.drawing import write_gold
from evaluation.data.select_quantities_i import files, selection, sentence_spans

__all__ = ["GOLD", "OUT", "build", "main", "quantity"]

OUT = Path(__file__).resolve().parent / "real_quantities_i_s19.jsonl"
Entry = tuple[Any, ...]

#: row of the draw -> its gold quantities (annotated before any system run on these sentences)
GOLD: dict[int, list[Entry]] = {
    0: [],
    1: [("up $11", 11, "USD", "up"), ("$50", 50, "USD", "=")],
    2: [],
    3: [],
    4: [],
    5: [],
    6: [("10", 10, "events", "=", "events")],
    7: [("$10.2 million", 10.2e6, "USD", "="), ("67 cents a share", 67, "cent/share", "=")],
    8: [],
    9: [("Seventy-five million", 75e6, "copies", "=", "copies")],
    10: [("Roughly $2 billion", 2e9, "USD", "~"), ("$2 billion#2", 2e9, "USD", "=")],
    11: [],
    12: [("two", 2, "directors", "=", "directors")],
    13: [
        ("$35.2 million", 35.2e6, "USD", "="),
        ("31 cents a share", 31, "cent/share", "="),
        ("$3.8 million", 3.8e6, "USD", "="),
        ("one cent a share", 1, "cent/share", "="),
    ],
    14: [],
    15: [("$101.7 million", 101.7e6, "USD", "="), ("$39.5 million", 39.5e6, "USD", "=")],
    16: [("16.125 Canadian dollars", 16.125, "CAD", "="), ("US$13.73", 13.73, "USD", "=")],
    17: [("about 300", 300, "people", "down", "people"), ("25%", 25, "percent", "down")],
    18: [
        ("$849", 849, "USD", "="),
        ("$1,000", 1000, "USD", "="),
        ("$25 a share", 25, "USD/share", "="),
    ],
    19: [],
    20: [],
    21: [],
    22: [],
    23: [],
    24: [("more than 50%", 50, "percent", ">")],
    25: [("30%", 30, "percent", "down"), ("$59 million", 59e6, "USD", "=")],
    26: [
        ("175 million to 180 million Canadian dollars", (175e6, 180e6), "CAD", "="),
        ("US$148.9 million to $153.3 million", (148.9e6, 153.3e6), "USD", "="),
    ],
    27: [],
    28: [("more than 10%", 10, "percent", ">")],
    29: [("18", 18, "categories", "=", "categories")],
    30: [("25 cents", 25, "cent", "up"), ("$4.25", 4.25, "USD", "=")],
    31: [],
    32: [],
    33: [],
    34: [("$992,000", 992000, "USD", "="), ("15 cents a share", 15, "cent/share", "=")],
    35: [
        ("$538.5 million", 538.5e6, "USD", "="),
        ("39%", 39, "percent", "up"),
        ("$388.5 million", 388.5e6, "USD", "="),
    ],
    36: [("10", 10, "cities", "=", "cities")],
    37: [("$43.50", 43.5, "USD", "="), ("$1", 1, "USD", "down")],
    38: [],
    39: [],
    40: [("6.4 billion yen", 6.4e9, "JPY", "="), ("about 13.8 billion yen", 13.8e9, "JPY", "~")],
    41: [("one percentage point", 1, "percentage_point", "="), ("85%", 85, "percent", "=")],
    42: [("21.2%", 21.2, "percent", "=")],
    43: [],
    44: [
        ("13%", 13, "percent", "up"),
        ("$77.3 million", 77.3e6, "USD", "="),
        ("$68.5 million", 68.5e6, "USD", "="),
    ],
    45: [("$2.4 million", 2.4e6, "USD", "="), ("24 cents a share", 24, "cent/share", "=")],
    46: [("$23.25", 23.25, "USD", "="), ("12.5 cents", 12.5, "cent", "down")],
    47: [],
    48: [("$1.8 million", 1.8e6, "USD", "="), ("44 cents a share", 44, "cent/share", "=")],
    49: [("15 miles", 15, "mi", "="), ("49", 49, "year", "=")],
    50: [("$3,500 a share", 3500, "USD/share", "=")],
    51: [
        ("51%", 51, "percent", "="),
        ("3.6 million", 3.6e6, "shares", "=", "shares"),
        ("one@one share", 1, "share", "=", "share@one share"),
    ],
    52: [
        ("$108.8 million", 108.8e6, "USD", "="),
        ("$1.35 a share", 1.35, "USD/share", "="),
        ("$90.5 million", 90.5e6, "USD", "="),
        ("$1.12 a share", 1.12, "USD/share", "="),
    ],
    53: [("39", 39, "deaths", "=", "deaths")],
    54: [
        ("$4 million", 4e6, "USD", "="),
        ("$2 million", 2e6, "USD", "="),
        ("12%", 12, "percent", "="),
        ("1.6 million", 1.6e6, "shares", "=", "common shares"),
    ],
    55: [
        ("$492 million", 492e6, "USD", "="),
        ("$4.55 a share", 4.55, "USD/share", "="),
        ("$12.97 billion", 12.97e9, "USD", "="),
    ],
    56: [],
    57: [],
    58: [("2.46 billion guilders", 2.46e9, "NLG", "="), ("2.42 billion guilders", 2.42e9, "NLG", "=")],
    59: [("$125 million", 125e6, "USD", "="), ("6 3/8%", 6.375, "percent", "=")],
    60: [("$52.4 million", 52.4e6, "USD", "="), ("$50.1 million", 50.1e6, "USD", "=")],
    61: [("$9.58 a share", 9.58, "USD/share", "=")],
    62: [("50.1%", 50.1, "percent", "=")],
    63: [],
    64: [("58", 58, "classifications", "=", "tariff classifications")],
    65: [("150 million Canadian dollars", 150e6, "CAD", "="), ("US$127.5 million", 127.5e6, "USD", "=")],
    66: [],
    67: [("$14.8 million", 14.8e6, "USD", "=")],
    68: [("more than 4.7 million", 4.7e6, "shares", ">", "shares")],
    69: [],
    70: [("20%", 20, "percent", "down"), ("#722 million", 722e6, "GBP", "=")],
    71: [],
    72: [
        ("33,000", 33000, "shares", "=", "common shares"),
        ("10,000", 10000, "shares", "=", "shares#2"),
        ("more than 80 million French francs", 80e6, "FRF", ">"),
    ],
    73: [
        ("15 pence", 15, "penny", "up"),
        ("362 pence", 362, "penny", "="),
        ("about #1.44 billion", 1.44e9, "GBP", "~"),
    ],
    74: [("about $28 million", 28e6, "USD", "~")],
    75: [("between $14 and $16 a share", (14, 16), "USD/share", "=")],
    76: [],
    77: [],
    78: [],
    79: [("$8.1 million", 8.1e6, "USD", "="), ("$2.14 a share", 2.14, "USD/share", "=")],
    80: [
        ("$100", 100, "USD", "="),
        ("13.5%", 13.5, "percent", "="),
        ("23.5", 23.5, "shares", "=", "common shares"),
        ("30 cents a share", 30, "cent/share", "="),
    ],
    81: [],
    82: [("nearly $500 million", 500e6, "USD", "~"), ("about 13%", 13, "percent", "~")],
    83: [("$18.375 a share", 18.375, "USD/share", "=")],
    84: [("about $3.5 million", 3.5e6, "USD", "~")],
    85: [("$150 million", 150e6, "USD", "="), ("6.5%", 6.5, "percent", "=")],
    86: [
        ("50% to 75%", (50, 75), "percent", "down"),
        ("$4.5 million", 4.5e6, "USD", "="),
        ("51 cents a share", 51, "cent/share", "="),
    ],
    87: [("one", 1, "right", "=", "right"), ("105", 105, "shares", "=", "common shares")],
    88: [("at least two", 2, "campaigns", ">", "campaigns")],
    89: [("69 percent", 69, "percent", "="), ("19 percent", 19, "percent", "=")],
    90: [("$484 million", 484e6, "USD", "=")],
    91: [],
    92: [],
    93: [("$1.65 a share", 1.65, "USD/share", "=")],
    94: [],
    95: [],
    96: [],
    97: [("500,000", 500000, "shares", "=", "shares")],
    98: [
        ("$6,542,000", 6542000, "USD", "="),
        ("6 1/4%", 6.25, "percent", "="),
        ("about 683,000", 683000, "shares", "~", "common shares"),
    ],
    99: [],
    100: [("as much as 50%", 50, "percent", "<")],
    101: [],
    102: [
        ("259", 259, "people", "=", "people"),
        ("12", 12, "Americans", "=", "Americans"),
        ("more than 5,500", 5500, "people", ">", "people"),
    ],
    103: [("$5.2 million", 5.2e6, "USD", "="), ("seven cents a share", 7, "cent/share", "=")],
    104: [("$1.76 a year", 1.76, "USD/year", "="), ("four", 4, "shares", "=", "common shares")],
    105: [("about $10", 10, "USD", "~")],
    106: [
        ("5,500", 5500, "prisoners", "=", "prisoners"),
        ("above 8,000", 8000, "prisoners", ">", "prisoners"),
    ],
    107: [],
    108: [("$60", 60, "USD", "="), ("50 cents", 50, "cent", "down")],
    109: [],
    110: [("588,300", 588300, "shares", "=", "shares"), ("1,774,326", 1774326, "shares", "=", "shares")],
    111: [],
    112: [("12.45%", 12.45, "percent", "=")],
    113: [("$155 million", 155e6, "USD", "=")],
    114: [
        ("about 3.6 million", 3.6e6, "shares", "~", "shares"),
        ("nearly 73 million", 73e6, "shares", "~", "shares#2"),
    ],
    115: [("7.25%", 7.25, "percent", "=")],
    116: [],
    117: [
        ("32", 32, "claims", "=", "death claims"),
        ("100,000 Kenyan shillings", 100000, "KES", "="),
        ("dlrs 1,667", 1667, "USD", "="),
    ],
    118: [("10", 10, "people", "=", "people")],
    119: [],
    120: [("$92 million", 92e6, "USD", "=")],
    121: [("$50 a share", 50, "USD/share", "="), ("about $950 million", 950e6, "USD", "~")],
    122: [
        ("10 billion yen", 10e9, "JPY", "="),
        ("5.7%", 5.7, "percent", "="),
        ("101 1/4", 101.25, None, "="),
        ("5.75%", 5.75, "percent", "="),
    ],
    123: [],
    124: [],
    125: [("43,000", 43000, "shares", "=", "shares")],
    126: [],
    127: [("about 9.4%", 9.4, "percent", "~")],
    128: [("$13.75 a share", 13.75, "USD/share", "="), ("about $24.4 million", 24.4e6, "USD", "~")],
    129: [("$30 million", 30e6, "USD", "="), ("40 cents a share", 40, "cent/share", "=")],
    130: [("185-acre", 185, "acre", "=")],
    131: [],
    132: [("$175 million", 175e6, "USD", "="), ("$585 million", 585e6, "USD", "=")],
    133: [],
    134: [("$9.7 million", 9.7e6, "USD", "="), ("15 cents a share", 15, "cent/share", "=")],
    135: [("13", 13, "facilities", "=", "facilities"), ("seven", 7, "facilities", "=", "facilities")],
    136: [("$25 a share", 25, "USD/share", "="), ("24%", 24, "percent", "=")],
    137: [],
    138: [],
    139: [("#34 million", 34e6, "GBP", "=")],
    140: [],
    141: [("10 million", 10e6, "shares", "=", "shares")],
    142: [("More than 80 percent", 80, "percent", ">")],
    143: [],
    144: [],
    145: [
        ("$17.3 million", 17.3e6, "USD", "="),
        ("$1.92 a share", 1.92, "USD/share", "="),
        ("$352.9 million", 352.9e6, "USD", "="),
    ],
    146: [("about $200,000", 200000, "USD", "~")],
    147: [("About 30%", 30, "percent", "~")],
    148: [],
    149: [("5% to 10%", (5, 10), "percent", "up"), ("two", 2, "entities", "=", "entities")],
    150: [("25%", 25, "percent", "="), ("20%", 20, "percent", "=")],
    151: [("$225 million", 225e6, "USD", "=")],
    152: [("about $215 million", 215e6, "USD", "~")],
    153: [
        ("about $32 million", 32e6, "USD", "~"),
        ("three", 3, "aircraft", "=", "aircraft"),
        ("around $24.5 million", 24.5e6, "USD", "~"),
    ],
    154: [("$19.50", 19.5, "USD", "="), ("12.5 cents", 12.5, "cent", "up")],
    155: [],
    156: [],
    157: [("15%", 15, "percent", "=")],
    158: [("two", 2, "steelmakers", "=", "steelmakers")],
    159: [("around 8%", 8, "percent", "~")],
    160: [],
    161: [],
    162: [],
    163: [
        ("five pence", 5, "penny", "up"),
        ("eight U.S. cents", 8, "cent", "up"),
        ("720 pence", 720, "penny", "="),
        ("$11.60", 11.6, "USD", "="),
    ],
    164: [("50 cents", 50, "cent", "up"), ("$13 a share", 13, "USD/share", "=")],
    165: [],
    166: [
        ("$242 million", 242e6, "USD", "="),
        ("$150 million", 150e6, "USD", "="),
        ("$52 million", 52e6, "USD", "="),
    ],
    167: [("$300 million", 300e6, "USD", "=")],
    168: [("54", 54, "year", "="), ("58", 58, "year", "=")],
    169: [("$15-a-share", 15, "USD/share", "="), ("$283.7 million", 283.7e6, "USD", "=")],
    170: [("5,000", 5000, "rooms", "=", "rooms"), ("85,000 square feet", 85000, "ft**2", "=")],
    171: [
        ("15", 15, "bars", "=", "chocolate bars"),
        ("roughly $5.1 billion", 5.1e9, "USD", "~"),
        ("less than 5%", 5, "percent", "<"),
    ],
    172: [("5.6 million", 5.6e6, "shares", "=", "shares")],
    173: [("$32-a-share", 32, "USD/share", "=")],
    174: [
        ("61%", 61, "percent", "="),
        ("$46.9 million", 46.9e6, "USD", "="),
        ("91 cents a share", 91, "cent/share", "="),
        ("$9 million", 9e6, "USD", "="),
        ("18 cents a share", 18, "cent/share", "="),
    ],
    175: [("about 8.8 million", 8.8e6, "shares", "~", "shares")],
    176: [
        ("$2.1 million", 2.1e6, "USD", "="),
        ("six cents a share", 6, "cent/share", "="),
        ("$169.9 million", 169.9e6, "USD", "="),
    ],
    177: [("15 cents a share", 15, "cent/share", "=")],
    178: [],
    179: [
        ("$5.5 million", 5.5e6, "USD", "="),
        ("$23.5 million", 23.5e6, "USD", "="),
        ("$8.2 million", 8.2e6, "USD", "="),
    ],
    180: [("32%", 32, "percent", "="), ("eight million guilders", 8e6, "NLG", "=")],
    181: [("$2 a share", 2, "USD/share", "=")],
    182: [("25%", 25, "percent", "=")],
    183: [("three", 3, "countries", "=", "countries")],
    184: [("247", 247, "people", "=", "people"), ("10", 10, "people", "=", "people")],
    185: [],
    186: [("$1.625", 1.625, "USD", "down"), ("$108.625", 108.625, "USD", "=")],
    187: [("$2.50 a share", 2.5, "USD/share", "=")],
    188: [],
    189: [],
    190: [
        ("more than $4 a share", 4, "USD/share", ">"),
        ("$3.27 a share", 3.27, "USD/share", "="),
        ("$680.6 million", 680.6e6, "USD", "="),
    ],
    191: [("five cents a share", 5, "cent/share", "=")],
    192: [],
    193: [("about $100,000", 100000, "USD", "~")],
    194: [("48", 48, "fighters", "=", "jet fighters")],
    195: [("0.82", 0.82, "share", "=", "share")],
    196: [],
    197: [("13.851 shares per note", 13.851, "shares/note", "=")],
    198: [("as many as 300,000", 300000, "troops", "<", "troops")],
    199: [("$58.6 million", 58.6e6, "USD", "="), ("$186.4 million", 186.4e6, "USD", "=")],
}


def _span(sentence: str, anchor: str) -> dict[str, Any]:
    """An anchored span resolved inside the sentence (offsets into the sentence)."""
    start, end = locate(sentence, anchor)
    return {"anchor": anchor, "start": start, "end": end, "text": sentence[start:end]}


def quantity(sentence: str, entry: Entry) -> dict[str, Any]:
    """One gold quantity of the guidelines' format from a compact entry of ``GOLD``."""
    anchor, amount, unit, change = entry[:4]
    counted = entry[4] if len(entry) > 4 else None
    ranged = isinstance(amount, tuple)
    return {
        "span": _span(sentence, anchor),
        "value": None if ranged else amount,
        "low": amount[0] if ranged else None,
        "high": amount[1] if ranged else None,
        "unit": unit,
        "change": change,
        "counted": _span(sentence, counted) if counted else None,
    }


def build(corpora: Path) -> list[dict[str, Any]]:
    """The rows of set I: the draw's ``tml``, ``sentence`` and ``split`` with their gold quantities."""
    texts = dict(files(corpora))
    rows = []
    for number, row in enumerate(selection(list(texts.items()))):
        text = texts[row["tml"]]
        start, end = sentence_spans(text)[row["sentence"]]
        found = [quantity(text[start:end], entry) for entry in GOLD[number]]
        rows.append({**row, "quantities": sorted(found, key=lambda q: q["span"]["start"])})
    return rows


def main(argv: list[str] | None = None) -> int:
    """Write ``real_quantities_i_s19.jsonl`` (or, with ``--check``, say whether it is up to date)."""
    return write_gold(argv, __doc__, build, OUT)


if __name__ == "__main__":
    raise SystemExit(main())
