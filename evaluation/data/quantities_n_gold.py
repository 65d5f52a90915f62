"""Build ``real_quantities_n_s42.jsonl``: check set N of the quantities layer (issue 18, session 42).

58 sentences drawn by ``select_quantities_n`` (one per text of the even places of the session's unused
news list: every one of the 28 texts with a *near* sentence, an amount followed within four words by a
change word, and 30 *wide* sentences, a number and a change word anywhere), annotated from
``guidelines/quantities.md`` and the sentence alone, before the layer or the pipeline was run on them
(decisions where the guideline is silent: its "Clarifications, session 42"). ``GOLD`` maps a draw row
to its quantities, each a tuple ``(span anchor, value or (low, high), unit, change[, counted anchor])``;
anchors use the syntax of ``evaluation.data.anchor`` and are resolved inside the sentence; the stored
offsets are offsets into the sentence (texts are read at run time, never stored). Run as
``python -m evaluation.data.quantities_n_gold [--corpora PATH]``; ``--check`` compares the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evaluation.data.drawing import write_gold
from evaluation.data.quantities_k_gold import gold_rows, key_of
from evaluation.data.select_quantities_n import selection, texts

__all__ = ["GOLD", "OUT", "build", "key_of", "main"]

OUT = Path(__file__).resolve().parent / "real_quantities_n_s42.jsonl"
Entry = tuple[Any, ...]
BILLIONS = (2e9, 9999999999)
MILLIONS = (2000000, 9999999)

#: row of the draw -> its gold quantities (annotated before any system run on these sentences)
GOLD: dict[int, list[Entry]] = {
    0: [("1.87m", 1.87, "m", "=")],
    1: [("£4bn", 4e9, "GBP", "down")],
    2: [],
    3: [],
    4: [("40%", 40, "percent", "down")],
    5: [("1%", 1, "percent", "down"), ("0.6%", 0.6, "percent", "up")],
    6: [("70m euros", 70e6, "EUR", "="), ("$91m", 91e6, "USD", "=")],
    7: [],
    8: [("more than £100,000 a year", 100000, "GBP/year", ">")],
    9: [("6ft 6in", 6.5, "ft", "=")],
    10: [],
    11: [],
    12: [
        ("161-strong", 161, None, "="),
        ("14", 14, None, "="),
        ("62", 62, "rebels", "=", "Labour rebels"),
    ],
    13: [("two", 2, "spurs", "=", "spurs")],
    14: [],
    15: [
        ("three", 3, "commitments", "=", "headline commitments"),
        ("1%", 1, "percent", "up"),
        ("over £100,000 a year", 100000, "GBP/year", ">"),
    ],
    16: [],
    17: [("16.4%", 16.4, "percent", "up")],
    18: [("40,000 per year", 40000, "tourists/year", "up"), ("$120m", 120e6, "USD", "=")],
    19: [("millions", MILLIONS, "people", "~", "people")],
    20: [("one gigabit", 1, "gigabit", "="), ("10@factor of 10", 10, "times", "up")],
    21: [("near nine per cent", 9, "percent", "up"), ("one point three per cent", 1.3, "percent", "down")],
    22: [("3.8%", 3.8, "percent", "up"), ("211bn yen", 211e9, "JPY", "="), ("£1.08bn", 1.08e9, "GBP", "=")],
    23: [("£1.3bn", 1.3e9, "GBP", "=")],
    24: [("190,000", 190000, "jobs", "=", "jobs")],
    25: [("two", 2, "channels", "=", "television channels"), ("6.3%", 6.3, "percent", "=")],
    26: [("3bn euros", 3e9, "EUR", "up"), ("500m euros", 500e6, "EUR", "=")],
    27: [("two", 2, "routines", "=", "song-and-dance routines")],
    28: [("two", 2, "increases", "=", "increases")],
    29: [("26%", 26, "percent", "up"), ("More than 167 million", 167e6, "handsets", ">", "handsets")],
    30: [("nearly $1.7bn", 1.7e9, "USD", "~")],
    31: [("five", 5, "lines", "=", "tube lines"), ("8%", 8, "percent", "up")],
    32: [("two", 2, None, "=")],
    33: [("4-5%", (4, 5), "percent", "down")],
    34: [("more than 200", 200, "girls", ">", "girls")],
    35: [("some 84,000", 84000, "jobs", "~", "civil servants jobs")],
    36: [("£35bn", 35e9, "GBP", "="), ("£22bn", 22e9, "GBP", "=")],
    37: [("134%", 134, "percent", "up"), ("$10.7bn", 10.7e9, "USD", "=")],
    38: [("two", 2, "entries", "=", "entries")],
    39: [
        ("24-year-old", 24, "year", "="),
        ("6.50m", 6.5, "m", "="),
        ("four", 4, "failures", "=", "failures"),
    ],
    40: [("11%", 11, "percent", "up")],
    41: [
        ("$17m", 17e6, "USD", "="),
        ("£9m", 9e6, "GBP", "="),
        ("two", 2, "places", "down", "places"),
        ("$8m", 8e6, "USD", "="),
        ("£4.25m", 4.25e6, "GBP", "="),
    ],
    42: [("billions", BILLIONS, None, "~")],
    43: [("under 40%", 40, "percent", "<"), ("60%", 60, "percent", "=")],
    44: [("8.7%", 8.7, "percent", "up")],
    45: [("one", 1, "place", "down", "place")],
    46: [],
    47: [("$9m", 9e6, "USD", "="), ("£4.6m", 4.6e6, "GBP", "=")],
    48: [("19%", 19, "percent", "up"), ("£450.7m", 450.7e6, "GBP", "=")],
    49: [("up to $1,000", 1000, "USD", "<")],
    50: [],
    51: [],
    52: [("£35 bn", 35e9, "GBP", "down")],
    53: [("US$40,000", 40000, "USD", "=")],
    54: [],
    55: [],
    56: [],
    57: [("$348bn", 348e9, "USD", "=")],
}


def build(corpora: Path) -> list[dict[str, Any]]:
    """The rows of set N: the draw's source, ``sentence`` and ``split`` with their gold quantities."""
    pool = texts(corpora)
    return gold_rows(pool, selection(pool), GOLD)


def main(argv: list[str] | None = None) -> int:
    """Write ``real_quantities_n_s42.jsonl`` (or, with ``--check``, say whether it is up to date)."""
    return write_gold(argv, __doc__, build, OUT)


if __name__ == "__main__":
    raise SystemExit(main())
