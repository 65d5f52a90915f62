"""The dates layer's errors on TempEval-3's ``tune-odd`` files, by what a rule could test (session 40).

Every wrong value, span-only difference, miss and false alarm of the tuning half of the ``tune`` part
(``evaluation.dates.tune_half_of``: ``tune-even`` counts rules and is never read here, the ``held``
fifth never at all) is classed by the trigger's form (a weekday, "last week", "now", a number and a
unit, ...), the gold's type and the shapes of the gold and our values (a day, a week, ``PXM``,
``PRESENT_REF``, ...), and marked "convention" where the layer's documented choice
(``docs/layers/dates.md``, ``evaluation/data/guidelines/dates.md``) and TimeBank's writing differ (a
week as ``1989-WXX``, "Friday night" as a day, "now" left untagged, a modifier outside the span).
Printed largest class first, with up to three short examples each (phrases only).

Run as ``python -m evaluation.dates_table [--corpora PATH] [--examples N]``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from evaluation.dates import Doc, Timex, _labelled, match, read_tml

__all__ = ["Row", "convention", "main", "rows_of", "trigger_form", "value_shape"]

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# the trigger's form, first match wins (tested on the lower-cased expression, without a final period)
FORMS: tuple[tuple[str, str], ...] = (
    ("now-words", r"^(?:right )?now$|^currently$|^presently$|^the moment$|^this time$|^at present$|^today$"),
    ("past adverb", r"^(?:previously|formerly|earlier|recently|already|more recently|lately|once)$"),
    ("time adjective", r"^(?:then )?(?:current|future|recent|former|past|present)$"),
    ("soon/future", r"^soon$|^the future$|future|^later$"),
    (
        "a rate",
        r"^(?:a|an|per|each|every) (?:day|week|month|year|quarter)$|^(?:daily|weekly|monthly|annually)$",
    ),
    (
        "weekday (+part of day)",
        rf"^(?:early |late |earlier |later )?{_WEEKDAY}(?: (?:morning|afternoon|evening|night))?$"
        rf"|^(?:noon|midnight) {_WEEKDAY}$",
    ),
    ("last/this/next week", r"\b(?:last|this|next|the past|the last) (?:week|weekend)\b|^(?:the )?weekend$"),
    ("N units ago/earlier", r"\b(?:ago|earlier|later|before|after)$"),
    ("quarter, period, fiscal", r"quarter|period|half|fiscal|year-earlier|year-ago"),
    ("decade/century", r"\d0s$|decade|century"),
    (
        "the past/coming N units",
        r"^(?:the )?(?:past|last|next|coming|recent|previous|first)\b.*(?:days|weeks|months|years)$"
        r"|^recent |^coming ",
    ),
    (
        "number + unit",
        r"\b(?:\d[\d.,/ ]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|several|few|a|an"
        r"|hundreds of)\b"
        r".*\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|quarters?)$",
    ),
    ("bare plural unit", r"^(?:days|weeks|months|years|decades|hours)$"),
    ("last/this/next month/year", r"\b(?:last|this|next|the current|the past|the last) (?:month|year)\b"),
    ("month (+day)", rf"^(?:early |late |mid-|last |next |this )?{_MONTH}(?: \d+\.?)?(?:,? \d{{4}})?$"),
    ("year number", r"^(?:the )?(?:1[89]|20)\d\d(?: period)?$"),
    ("clock time", r"\d(?::\d\d)? ?(?:a\.m|p\.m|am|pm)|gmt|est\b|noon|midnight"),
    ("season", r"spring|summer|fall|autumn|winter"),
    ("the time, the day", r"\b(?:time|day|days|week|moment|morning|night)\b"),
)
_FORMS = tuple((name, re.compile(rx)) for name, rx in FORMS)
_MODIFIERS = (
    "about ", "nearly ", "almost ", "at least ", "right ", "earlier ", "later ", "early ", "the ", "more ",
    "its ", "some ", "over ", "just ", "last ", "a flat ", "late ",
)  # fmt: skip
_FROM_NOW = ("the last ", "the past ", "recent ", "coming ", "the coming ")
_DOCUMENTED_FALSE = frozenset({"now-words", "past adverb", "a rate", "soon/future"})
_GOLD_LEAVES_OUT = frozenset({"number + unit", "bare plural unit", "decade/century"})


@dataclass(frozen=True)
class Row:
    """One error: its kind, the gold's type, the gold's and our value shapes, form, phrases, file."""

    kind: str  # "wrong value", "span only", "miss", "false alarm"
    gold_type: str
    gold_shape: str
    our_shape: str
    form: str
    gold_text: str
    our_text: str
    doc: str


def trigger_form(text: str) -> str:
    """The form of a time expression's words ("weekday (+part of day)", "now-words", ...) or "other"."""
    low = str.lower(text).strip(" .")
    return next((name for name, rx in _FORMS if rx.search(low)), "other")


def value_shape(value: str) -> str:
    """The shape of a TIMEX3 value: "day", "month", "week", "quarter", "PNM", "PXD", "PRESENT_REF", ..."""
    shapes = (
        (r"\w+_REF", value),
        (r"FY.*", "fiscal"),
        (r"P.*X.*", "PX" + value[-1:]),
        (r"P.*", "P" + re.sub(r"[\d.]+", "N", value[1:])),
        (r".*T(?:MO|AF|EV|NI)", "part of day"),
        (r".*T.*", "clock"),
        (r".*-(?:SP|SU|FA|WI)", "season"),
        (r".*W.*", "week"),
        (r".*-Q.*", "quarter"),
        (r".*-H\d", "half"),
        (r"\d{4}-\d\d-\d\d", "day"),
        (r"\d{4}-\d\d", "month"),
        (r"\d{4}", "year"),
        (r"\d{2,3}X?", "decade/century"),
    )
    if not value:
        return "-"
    return next((shape for rx, shape in shapes if re.fullmatch(rx, value)), "with X: " + value)


def convention(row: Row) -> str:
    """The convention an error is an instance of, or "" where the layer's guideline and the gold agree
    and the error is ours (or the gold's slip, which the table shows among the rest)."""
    shapes = (row.gold_shape, row.our_shape)
    gold, ours = str.lower(row.gold_text), str.lower(row.our_text)
    if "part of day" in shapes:
        return "part of day (the guideline's TNI, TimeBank's day)"
    if "week" in shapes:
        return "week (ISO week, TimeBank's WXX or a month)"
    if "fiscal" in shapes:
        return "fiscal (FY only where the text says fiscal)"
    if (row.gold_shape.endswith("_REF") and row.our_shape.startswith("PX")) or (
        row.our_shape.startswith("P") and not row.gold_shape.startswith("P") and gold.startswith(_FROM_NOW)
    ):
        return "a length told from now (PXM, TimeBank's FUTURE_REF)"
    if shapes == ("decade/century", "decade/century"):
        return "decade (199, TimeBank's 199X)"
    if row.kind == "false alarm" and row.form in _DOCUMENTED_FALSE:
        return f"documented: {row.form} tagged"
    if row.kind == "miss" and row.form in ("time adjective", "a rate"):
        return f"documented: {row.form} untagged"
    if row.kind == "span only" and (gold.startswith(_MODIFIERS) or ours.startswith(_MODIFIERS)):
        if gold.rstrip(".") in ours or ours in gold:
            return "a modifier inside the span (guideline)"
    if "quarter" in shapes:
        return "earnings period (session 28: the reported quarter)"
    if row.gold_shape == "clock" and " est" in gold:
        return "time zone (UTC)"
    if shapes in (("PNE", "PNY"), ("PND", "PTNH")):
        return "the same length written otherwise"
    if row.kind == "false alarm" and row.form in _GOLD_LEAVES_OUT:
        return "a length the gold leaves out (guideline: tagged)"
    return ""


def rows_of(doc: Doc, found: Sequence[Timex]) -> list[Row]:
    """Every error of one document, paired as ``evaluation.dates.score`` pairs them."""
    pairs, _ = match(doc, found)
    used = set(pairs.values())
    out: list[Row] = []
    for j, i in pairs.items():
        g, o = doc.gold[i], found[j]
        if g.value != o.value or (g.start, g.end) != (o.start, o.end):
            kind = "wrong value" if g.value != o.value else "span only"
            shapes = (value_shape(g.value), value_shape(o.value))
            out.append(Row(kind, g.type, *shapes, trigger_form(g.text), g.text, o.text, doc.name))
    for i, g in enumerate(doc.gold):
        if i not in used:
            out.append(
                Row("miss", g.type, value_shape(g.value), "-", trigger_form(g.text), g.text, "", doc.name)
            )
    for j, o in enumerate(found):
        if j not in pairs:
            out.append(
                Row("false alarm", "-", "-", value_shape(o.value), trigger_form(o.text), "", o.text, doc.name)
            )
    return out


def tune_odd_rows(root: Path, run: Callable[[Doc], Sequence[Timex]]) -> list[Row]:
    """The errors of every ``tune-odd`` file (the others are not opened)."""
    rows: list[Row] = []
    for _, _, half, path in _labelled(root, 0, False):
        if half == "tune-odd":
            doc = read_tml(path)
            rows.extend(rows_of(doc, run(doc)))
    return rows


def table(rows: Sequence[Row], examples: int = 3) -> list[str]:
    """The table's lines: per (convention or "ours", kind, form), the count and a few examples."""
    keyed: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for row in rows:
        keyed[(convention(row) or "not a convention", row.kind, row.form)].append(row)
    kinds = Counter(row.kind for row in rows)
    marked = sum(1 for row in rows if convention(row))
    lines = [
        f"{len(rows)} errors ({', '.join(f'{k} {n}' for k, n in kinds.most_common())}); {marked} conventions"
    ]
    for (mark, kind, form), group in sorted(keyed.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        shown = "; ".join(
            f"{r.gold_text or r.our_text!r} {r.gold_shape}/{r.our_shape}" for r in group[:examples]
        )
        lines.append(f"{len(group):4d}  {kind:11}  {form:26}  {mark:48}  {shown}")
    return lines


def _ours() -> Callable[[Doc], Sequence[Timex]]:
    """The dates layer as ``evaluation.dates`` runs it (syntax consulted), positions only."""
    from evaluation.dates import _ours as timed

    run = timed()
    return lambda doc: run(doc)[0]


def main(argv: list[str] | None = None) -> int:
    """Print the ``tune-odd`` error table."""
    default = os.environ.get("NEWSPARSE_CORPORA") or str(
        Path(__file__).resolve().parents[2] / "shared" / "corpora"
    )
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.dates_table", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--corpora", default=default, help="folder holding tempeval3/")
    parser.add_argument("--examples", type=int, default=3, help="examples shown per class")
    args = parser.parse_args(argv)
    root = Path(args.corpora) / "tempeval3"
    if not root.is_dir():
        print(f"no TempEval-3 data at {root}", file=sys.stderr)
        return 2
    print("\n".join(table(tune_odd_rows(root, _ours()), args.examples)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
