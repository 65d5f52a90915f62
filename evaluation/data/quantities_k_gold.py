"""Build ``real_quantities_k_s26.jsonl``: check set K of the quantities layer (issue 18, session 26).

60 sentences drawn by ``select_quantities_k`` (one per text: 3 Reuters-21578 stories, 12 BBC business,
15 other BBC, 30 PolNeAR train texts), annotated from ``guidelines/quantities.md`` and the sentence
alone, before the system was run on them (decisions where the guideline is silent: its
"Clarifications, session 26"). ``GOLD`` maps a draw row to its quantities, each a tuple ``(span
anchor, value or (low, high), unit, change[, counted anchor])``; anchors use the syntax of
``evaluation.data.anchor`` and are resolved inside the sentence, and the stored offsets are offsets into
the sentence (the texts are read at run time, never stored). Run as ``python -m
evaluation.data.quantities_k_gold [--corpora PATH]``; ``--check`` compares the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evaluation.data.drawing import write_gold
from evaluation.data.quantities_i_gold import quantity
from evaluation.data.select_quantities import sentences
from evaluation.data.select_quantities_k import selection, texts

__all__ = ["GOLD", "OUT", "build", "gold_rows", "key_of", "main"]

OUT = Path(__file__).resolve().parent / "real_quantities_k_s26.jsonl"
Entry = tuple[Any, ...]
MILLIONS = (2e6, 9999999)

#: row of the draw -> its gold quantities (annotated before any system run on these sentences)
GOLD: dict[int, list[Entry]] = {
    0: [],
    1: [("about $200m", 2e8, "USD", "~")],
    2: [
        ("Almost 43,000", 43000, "Floridians", "~", "Floridians"),
        ("roughly 25,000", 25000, "Floridians", "~", "Floridians"),
    ],
    3: [("90", 90, "stores", "=", "duty free stores")],
    4: [],
    5: [
        ("35-year-old", 35, "year", "="),
        ("about 55%", 55, "percent", "~"),
        ("in excess of $234,000 a year", 234000, "USD/year", ">"),
    ],
    6: [],
    7: [],
    8: [("29", 29, "year", "=")],
    9: [
        ("600,000", 600000, "connections", "=", "connections"),
        ("almost 3.3 million", 3.3e6, "people", "~", "people"),
    ],
    10: [("$835 million", 835e6, "USD", "=")],
    11: [],
    12: [("five", 5, "producers", "=", "oil producers"), ("11%", 11, "percent", "=")],
    13: [],
    14: [
        ("a few thousand", (2000, 9999), "voters", "~", "Republican voters"),
        ("two", (1, 2), "delegate", "=", "delegate"),
    ],
    15: [("one percentage point", 1, "percentage_point", "up"), ("10 pct", 10, "percent", "=")],
    16: [],
    17: [
        ("30s", (30, 39), "year", "="),
        ("40s", (40, 49), "year", "="),
        ("50s", (50, 59), "year", "="),
    ],
    18: [("56-point", 56, "points", "=")],
    19: [("$10m", 10e6, "USD", "="), ("£19.2m", 19.2e6, "GBP", "="), ("$133m", 133e6, "USD", "=")],
    20: [("millions", MILLIONS, "Americans", "~", "Americans")],
    21: [],
    22: [
        ("roughly three million fewer", 3e6, "Democrats", "down", "Democrats"),
        ("15", 15, "states", "=", "states"),
    ],
    23: [("54.6 percent", 54.6, "percent", "=")],
    24: [],
    25: [("1,237", 1237, "delegates", "=", "delegates")],
    26: [("0.2%", 0.2, "percent", "up")],
    27: [("about 70", 70, "towns", "~", "towns")],
    28: [("39-year-old", 39, "year", "=")],
    29: [("20 percent", 20, "percent", "=")],
    30: [("12", 12, "points", "=", "disciplinary points")],
    31: [("beyond 49%", 49, "percent", ">")],
    32: [],
    33: [("1,585", 1585, "delegates", "=", "delegates")],
    34: [("thousands", (2000, 9999), "violations", "~", "gun sales violations")],
    35: [("1%", 1, "percent", "=")],
    36: [],
    37: [
        ("30,000", 30000, "jobs", "down", "jobs"),
        ("560", 560, "jobs", "down", "jobs"),
        ("400", 400, "jobs", "down", "jobs"),
    ],
    38: [("90 years old", 90, "year", "=")],
    39: [("hundreds of thousands", (200000, 999999), "messages", "~", "e-mail messages")],
    40: [("as many as eight million", 8e6, "households", "<", "households")],
    41: [("between 23 and 28", (23, 28), "people", "=", "people")],
    42: [],
    43: [],
    44: [("56-year-old", 56, "year", "=")],
    45: [],
    46: [],
    47: [("$16m", 16e6, "USD", "=")],
    48: [("36%", 36, "percent", "="), ("53%", 53, "percent", "=")],
    49: [],
    50: [],
    51: [],
    52: [("$1.13 million", 1.13e6, "USD", "=")],
    53: [("£285m", 285e6, "GBP", "=")],
    54: [("26", 26, "year", "=")],
    55: [],
    56: [("millions", MILLIONS, "Americans", "~", "Americans")],
    57: [("100,000 to 250,000", (100000, 250000), "refugees", "=", "refugees")],
    58: [],
    59: [],
}


def key_of(row: dict[str, Any]) -> str:
    """The pool line of a draw row ("news <id>" or "polnear <file>")."""
    return f"news {row['news']}" if "news" in row else f"polnear {row['file']}"


def build(corpora: Path) -> list[dict[str, Any]]:
    """The rows of set K: the draw's source, ``sentence`` and ``split`` with their gold quantities."""
    pool = texts(corpora)
    return gold_rows(pool, selection(pool), GOLD)


def gold_rows(
    pool: dict[str, str], draw: list[dict[str, Any]], gold: dict[int, list[Entry]]
) -> list[dict[str, Any]]:
    """Each draw row with the quantities ``gold`` gives it (by row number), resolved in its sentence
    of the pool's text: the rows of sets K and L."""
    rows = []
    for number, row in enumerate(draw):
        text = pool[key_of(row)]
        start, end = sentences(text)[row["sentence"]]
        found = [quantity(text[start:end], entry) for entry in gold[number]]
        rows.append({**row, "quantities": sorted(found, key=lambda q: q["span"]["start"])})
    return rows


def main(argv: list[str] | None = None) -> int:
    """Write ``real_quantities_k_s26.jsonl`` (or, with ``--check``, say whether it is up to date)."""
    return write_gold(argv, __doc__, build, OUT)


if __name__ == "__main__":
    raise SystemExit(main())
