"""Build ``real_quantities_l_s27.jsonl``: check set L of the quantities layer (issue 18, session 27).

58 sentences drawn by ``select_quantities_l`` (one per text: 22 BBC business, 16 other BBC, 20
PolNeAR train texts of the counting half; the pool's two Wikinews stories had no amount sentence),
annotated from ``guidelines/quantities.md`` and the sentence alone, before the layer was run on them
(decisions where the guideline is silent: its "Clarifications, session 27"). ``GOLD`` maps a draw
row to its quantities, each a tuple ``(span anchor, value or (low, high), unit, change[, counted
anchor])``; anchors use the syntax of ``evaluation.data.anchor`` and are resolved inside the
sentence; the stored offsets are offsets into the sentence (texts are read at run time, never
stored). Run as ``python -m evaluation.data.quantities_l_gold [--corpora PATH]``; ``--check``
compares the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evaluation.data.drawing import write_gold
from evaluation.data.quantities_k_gold import gold_rows, key_of
from evaluation.data.select_quantities_l import selection, texts

__all__ = ["GOLD", "OUT", "build", "key_of", "main"]

OUT = Path(__file__).resolve().parent / "real_quantities_l_s27.jsonl"
Entry = tuple[Any, ...]

#: row of the draw -> its gold quantities (annotated before any system run on these sentences)
GOLD: dict[int, list[Entry]] = {
    0: [],
    1: [
        ("1.3bn", 1.3e9, "population", "=", "population"),
        ("about 200 million", 2e8, "consumers", "~", "consumers"),
    ],
    2: [("5%", 5, "percent", "up"), ("£801m", 801e6, "GBP", "=")],
    3: [("26%", 26, "percent", "=")],
    4: [("three", 3, "nominations", "=", "Oscar nominations")],
    5: [("16.2%", 16.2, "percent", "down"), ("235.75 pence", 235.75, "penny", "=")],
    6: [],
    7: [("$600,000 a day", 600000, "USD/d", "=")],
    8: [],
    9: [("$185,000", 185000, "USD", "="), ("two", 2, "emails", "=", "emails")],
    10: [("3.4bn Danish kroner", 3.4e9, "DKK", "="), ("456m euros", 456e6, "EUR", "=")],
    11: [("About 200", 200, "Democrats", "~", "Democrats")],
    12: [
        ("1p a pint", 1, "penny/pint", "up"),
        ("4p", 4, "penny", "up"),
        ("7p", 7, "penny", "up"),
        ("20", 20, "cigarettes", "=", "cigarettes"),
    ],
    13: [],
    14: [("5% or more", 5, "percent", ">")],
    15: [],
    16: [("as much as 25bn euros", 25e9, "EUR", "<")],
    17: [("28 points", 28, "points", "up")],
    18: [("15.1%", 15.1, "percent", "up"), ("2.8%", 2.8, "percent", "up")],
    19: [("100,000", 100000, "signatures", ">", "signatures")],
    20: [],
    21: [],
    22: [],
    23: [
        ("1bn CFA francs", 1e9, "XAF/month", "="),
        ("$2m", 2e6, "USD/month", "="),
        ("£1m", 1e6, "GBP/month", "="),
    ],
    24: [("14", 14, "candidates", "=", "candidates"), ("41 percent", 41, "percent", "=")],
    25: [("16", 16, "rivals", "=", "GOP rivals")],
    26: [("four", 4, "states", "=", "states"), ("4%", 4, "percent", "=")],
    27: [("2.7%", 2.7, "percent", "up")],
    28: [("24", 24, "provinces", "=", "provinces")],
    29: [],
    30: [],
    31: [("up to 100%", 100, "percent", "<")],
    32: [
        ("1,000", 1000, "voters", "=", "voters"),
        ("+/-3 percentage points", 3, "percentage_point", "="),
    ],
    33: [("31-point", 31, "points", "="), ("two points", 2, "points", "=")],
    34: [],
    35: [],
    36: [("439", 439, "delegates", "=", "delegates")],
    37: [("17,000", 17000, None, "up"), ("4.483 million", 4.483e6, None, "=")],
    38: [("$43.1m", 43.1e6, "USD", "="), ("£23.1m", 23.1e6, "GBP", "=")],
    39: [
        ("571", 571, "superdelegates", "=", "superdelegates"),
        ("714", 714, "superdelegates", "=", "superdelegates"),
        ("less than 100", 100, "superdelegates", "<", "superdelegates"),
    ],
    40: [],
    41: [],
    42: [],
    43: [("1.17bn euros", 1.17e9, "EUR", "=")],
    44: [("611", 611, None, "="), ("748", 748, None, "=")],
    45: [("About 9 percent", 9, "percent", "~")],
    46: [("Forty-three per cent", 43, "percent", "="), ("17%", 17, "percent", "=")],
    47: [],
    48: [],
    49: [("1.6%", 1.6, "percent", "up")],
    50: [("80", 80, "institutions", "=", "financial institutions")],
    51: [("50,000 euros", 50000, "EUR", "="), ("£35,000", 35000, "GBP", "=")],
    52: [("246,570", 246570, "cases", "=", "ID fraud cases"), ("almost 30%", 30, "percent", "~")],
    53: [
        ("51 percent", 51, "percent", "="),
        ("38 percent", 38, "percent", "="),
        ("10 percent", 10, "percent", "="),
    ],
    54: [],
    55: [
        ("350", 350, "volunteers", "=", "volunteers"),
        ("at least one", 1, "candidate", ">", "candidate"),
    ],
    56: [("5%", 5, "percent", "=")],
    57: [],
}


def build(corpora: Path) -> list[dict[str, Any]]:
    """The rows of set L: the draw's source, ``sentence`` and ``split`` with their gold quantities."""
    pool = texts(corpora)
    return gold_rows(pool, selection(pool), GOLD)


def main(argv: list[str] | None = None) -> int:
    """Write ``real_quantities_l_s27.jsonl`` (or, with ``--check``, say whether it is up to date)."""
    return write_gold(argv, __doc__, build, OUT)


if __name__ == "__main__":
    raise SystemExit(main())
