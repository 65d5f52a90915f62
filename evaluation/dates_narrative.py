"""The narrative subset of TempEval-3 train: relative expressions anchored on an earlier date of the text.

A gold TIMEX3 enters the subset when (1) its text is relative (a weekday, a month or a day without a
year, a clock time, "the next day", "that week", "later", "earlier" ...), (2) its gold value lies
outside what the document creation time (DCT) can give it (``_dct_reads``: a weekday or a day more
than seven days from the DCT, a month name more than twelve months from it; a clock time, "the next
day", "that year" anywhere but the DCT's own day, month or year, or the one before or after that its
words name; widened in session 14), and (3) the value is explained
by the text: an earlier gold TIMEX3 with an absolute value other than the DCT lies within that same
window of the gold value, or the gold ``anchorTimeID`` names a TIMEX3 other than the DCT. The subset
is fixed by the gold alone, so it does not move when the system changes.

Printed: the system's value accuracy on the subset (the whole document parsed, as a user runs it),
beside the DCT-only reading (the expression's sentence parsed alone with the DCT as publication
date: what a layer without a narrative reference time gives), per fixed part (``tune``: read errors;
``held``: every second file of a corpus in name order, never read; ``half_of``). ``--errors`` and
``--list`` leave out the files of the dates scorer's held fifth (``evaluation.dates.part_of``), 25 of
which lie in the ``tune`` half: their items are scored, never printed (session 27).

Run as ``python -m evaluation.dates_narrative [--corpora PATH] [--json OUT] [--errors]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from evaluation.dates import CORPORA, PARTS, Doc, part_of, read_tml

__all__ = ["Item", "half_of", "main", "narrative_items"]

_RELATIVE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"day|week|month|year|morning|afternoon|evening|night|later|earlier|previous|following|next|that|same|"
    r"a\.m|p\.m|o'clock|noon|midnight)\b|\d:\d\d",
    re.I,
)
_MONTH_NAME = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
    re.I,
)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|'\d\d\b")
_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)$")
_YEAR_VALUE = re.compile(r"\d{4}$")
_ONE_YEAR = -1  # the reach of a year-valued expression, counted in years rather than days
_TAG = re.compile(r"<TIMEX3\b([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_SENTENCE_END = re.compile(r"[.!?][\"')]*\s+(?=[\"'(]?[A-Z0-9])|\n\s*\n")


@dataclass(frozen=True)
class Item:
    """One subset member: document, part, offsets, text, gold value and the anchor that explains it."""

    doc: Doc
    part: str
    start: int
    end: int
    text: str
    gold: str
    anchor: str
    kind: str = "narrative"


def _when(value: str) -> tuple[dt.date, str] | None:
    """The date a value names and its grain ("day" or "month"); None for other values."""
    m = _DAY_VALUE.match(value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])), "day"
        except ValueError:
            return None
    m = _MONTH_VALUE.match(value)
    if m and 1 <= int(m[2]) <= 12:
        return dt.date(int(m[1]), int(m[2]), 1), "month"
    if _YEAR_VALUE.match(value):
        return dt.date(int(value), 7, 1), "year"
    return None


def _reach(text: str, grain: str) -> int:
    """How far (days) from its reference time an expression of ``text`` and ``grain`` can point: a day
    with its month ("Oct. 12") half a year, a month a year, a weekday a week, other days one."""
    if grain == "year":
        return _ONE_YEAR  # "last year", "next year": the year either side
    if grain == "month":
        return 366
    if _MONTH_NAME.search(text):
        return 190
    return 7 if _WEEKDAY.search(text) else 1


def _dct_window(a: dt.date, b: dt.date, reach: int) -> bool:
    """Whether ``a`` is within ``reach`` days of ``b`` (months compared by their first days; with
    ``_ONE_YEAR``, whether their years are at most one apart)."""
    if reach == _ONE_YEAR:
        return abs(a.year - b.year) <= 1
    return abs((a - b).days) <= reach


_AFTER = re.compile(r"\b(?:next|following|after|later|tomorrow)\b", re.I)
_BEFORE = re.compile(r"\b(?:previous|before|earlier|prior|yesterday|last)\b", re.I)
_SAME = re.compile(r"\b(?:that|this|same|today|tonight)\b", re.I)
_UNIT_OF = {
    "day": re.compile(r"\b(?:day|morning|afternoon|evening|night|noon|midnight|tonight|today|yesterday|"
                      r"tomorrow|o'clock)\b|\d|[ap]\.m", re.I),
    "month": re.compile(r"\bmonth\b", re.I),
    "year": re.compile(r"\byear\b", re.I),
}
_COUNTED = re.compile(
    r"\b(?:ago|past|two|three|four|five|six|seven|eight|nine|ten|few|several)\b", re.I
)


def _dct_reads(text: str, found: tuple[dt.date, str], dct: dt.date, reach: int) -> bool:
    """Whether the publication date (DCT) alone can give the value: a weekday or a month name within
    its reach of the DCT (either way); a clock time or "that day", "that year" (no weekday, month
    name or count) only at the DCT's own day, month or year, one before ("the previous day", "last
    year") or one after ("the next day")."""
    when, grain = found
    if _WEEKDAY.search(text) or _MONTH_NAME.search(text) or _COUNTED.search(text):
        return _dct_window(when, dct, reach)
    if not _UNIT_OF[grain].search(text):  # "a year ago" as a month, "last week" as a month: as before
        return _dct_window(when, dct, reach)
    step = 0 if _SAME.search(text) else 1 if _AFTER.search(text) else -1 if _BEFORE.search(text) else 0
    if grain == "day":
        return when == dct + dt.timedelta(days=step)
    if grain == "month":
        return (when.year * 12 + when.month) - (dct.year * 12 + dct.month) == step
    return when.year - dct.year == step


def half_of(index: int) -> str:
    """The fixed half of the ``index``-th file of a corpus (name order): every second file is
    ``held`` (its errors are never read), the others ``tune``."""
    return "held" if index % 2 == 1 else "tune"


def _timex_attributes(raw: str) -> list[dict[str, str]]:
    """The attributes of every TIMEX3 of TEXT, in order (the order of ``read_tml``'s gold)."""
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if body is None:
        return []
    return [dict(_ATTR.findall(m.group(1))) for m in _TAG.finditer(body.group(1)) if not m.group(2)]


def _anchor_of(doc: Doc, index: int, attrs: list[dict[str, str]], when: dt.date, reach: int) -> str:
    """The earlier absolute gold value (or non-DCT anchorTimeID) that explains gold ``index``, or ""."""
    own = attrs[index] if index < len(attrs) else {}
    by_tid = {a.get("tid"): a for a in attrs}
    anchor = own.get("anchorTimeID", "")
    if anchor and anchor != "t0" and anchor in by_tid:
        return f"{anchor}={by_tid[anchor].get('value', '')}"
    for g in reversed(doc.gold[:index]):
        found = _when(g.value)
        if found is None or not (_YEAR.search(g.text) or _MONTH_NAME.search(g.text)):
            continue
        if found[0] != doc.dct and _dct_window(when, found[0], reach):
            return f"{g.text}={g.value}"
    return ""


def narrative_items(doc: Doc, part: str, raw: str) -> list[Item]:
    """The gold expressions of ``doc`` that enter the narrative subset (see the module docstring), and
    those of the DCT control (kind "dct": within the DCT's reach, after an earlier date beyond it)."""
    attrs = _timex_attributes(raw)
    items: list[Item] = []
    for i, g in enumerate(doc.gold):
        if g.type not in ("DATE", "TIME") or _YEAR.search(g.text) or not _RELATIVE.search(g.text):
            continue
        found = _when(g.value)
        if found is None:
            continue
        reach = _reach(g.text, found[1])
        if _dct_reads(g.text, found, doc.dct, reach):
            moved = _moved_from(doc, i, reach)
            if moved:
                items.append(Item(doc, part, g.start, g.end, g.text, g.value, moved, "dct"))
            continue
        anchor = _anchor_of(doc, i, attrs, found[0], reach)
        if anchor:
            items.append(Item(doc, part, g.start, g.end, g.text, g.value, anchor))
    return items


def _moved_from(doc: Doc, index: int, reach: int) -> str:
    """An earlier absolute gold date beyond the DCT's reach that gold ``index`` did not follow, or ""."""
    for g in reversed(doc.gold[:index]):
        found = _when(g.value)
        if found is None or not (_YEAR.search(g.text) or _MONTH_NAME.search(g.text)):
            continue
        if not _dct_window(found[0], doc.dct, reach):
            return f"{g.text}={g.value}"
    return ""


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentence holding ``start``-``end`` (a plain punctuation rule)."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    after = _SENTENCE_END.search(text, end)
    return begin, (after.start() + 1 if after else len(text))


Parse = Callable[[str, dt.date], list[tuple[int, int, str]]]


def _parser() -> Parse:
    """The dates layer through the pipeline: (start, end, value) of every date found."""
    import newsparse_dates
    import newsparse_syntax
    from newsparse.testing import pipeline_for

    pipe = pipeline_for(newsparse_dates, newsparse_syntax, only=["dates"])  # syntax: consulted by dates

    def parse(text: str, published: dt.date) -> list[tuple[int, int, str]]:
        return [(d.start, d.end, d.value) for d in pipe.parse(text, published=published.isoformat()).dates]

    return parse


def _value_at(found: list[tuple[int, int, str]], start: int, end: int) -> str:
    """The value of the found date overlapping ``start``-``end`` (exact span first), or "" if none."""
    for s, e, v in found:
        if (s, e) == (start, end):
            return v
    return next((v for s, e, v in found if s < end and start < e), "")


def _score(
    items: list[Item], parse: Parse, errors: bool, held_fifth: frozenset[str] = frozenset()
) -> dict[str, dict[str, float]]:
    """Value accuracy (whole document, DCT-only sentence) per part; errors printed for ``tune`` only,
    never for a file of the dates scorer's held fifth (``held_fifth``: its errors are not read)."""
    cache: dict[str, list[tuple[int, int, str]]] = {}
    keys = [f"{k} {p}" for k in ("narrative", "dct") for p in (*PARTS, "both")]
    counts: dict[str, list[int]] = {key: [0, 0, 0] for key in keys}
    for it in items:
        if it.doc.name not in cache:
            cache[it.doc.name] = parse(it.doc.text, it.doc.dct)
        ours = _value_at(cache[it.doc.name], it.start, it.end)
        s, e = _sentence(it.doc.text, it.start, it.end)
        alone = _value_at(parse(it.doc.text[s:e], it.doc.dct), it.start - s, it.end - s)
        for key in (f"{it.kind} {it.part}", f"{it.kind} both"):
            counts[key][0] += 1
            counts[key][1] += ours == it.gold
            counts[key][2] += alone == it.gold
        if errors and it.part == "tune" and it.doc.name not in held_fifth and ours != it.gold:
            ctx = it.doc.text[max(0, it.start - 120) : it.end + 40].replace("\n", " ")
            print(f"{it.kind} {it.doc.name} {it.doc.dct} {it.text!r} gold {it.gold} ours {ours or '-'} "
                  f"anchor {it.anchor} | {ctx}")  # fmt: skip
    return {
        p: {"items": n, "accuracy": 100 * ok / max(n, 1), "dct_only_accuracy": 100 * dct / max(n, 1)}
        for p, (n, ok, dct) in counts.items()
    }


def main(argv: list[str] | None = None) -> int:
    """Build the narrative subset of TempEval-3 train and print the value accuracy per part."""
    default = os.environ.get("NEWSPARSE_CORPORA") or str(
        Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora"
    )
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.dates_narrative", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--corpora", default=default, help="folder holding tempeval3/")
    parser.add_argument("--json", dest="json_out", help="write the figures to this JSON file")
    parser.add_argument("--errors", action="store_true", help="print our wrong values (tune part only)")
    parser.add_argument("--list", action="store_true", help="print the subset's tune items (gold only)")
    args = parser.parse_args(argv)
    root = Path(args.corpora) / "tempeval3"
    if not root.is_dir():
        print(f"no TempEval-3 data at {root}", file=sys.stderr)
        return 2
    items: list[Item] = []
    held_fifth: set[str] = set()  # the dates scorer's held fifth: never listed, its errors never printed
    for corpus in CORPORA:
        for i, f in enumerate(sorted((root / corpus).glob("*.tml"))):
            items.extend(narrative_items(read_tml(f), half_of(i), f.read_text(encoding="utf-8")))
            if part_of(i) == "held":
                held_fifth.add(f.stem)
    if args.list:
        for it in items:
            if it.part == "tune" and it.doc.name not in held_fifth:
                print(f"{it.kind} {it.doc.name} {it.doc.dct} {it.text!r} {it.gold} anchor {it.anchor}")
    figures = _score(items, _parser(), args.errors, frozenset(held_fifth))
    print("TempEval-3 train, narrative subset (relative expressions whose gold value lies beyond the DCT's "
          "reach and is explained by an earlier date of the text)")  # fmt: skip
    print(f"{'subset part':15} {'items':>6} {'value acc':>10} {'DCT-only':>10}")
    for p, fig in figures.items():
        print(f"{p:15} {int(fig['items']):>6} {fig['accuracy']:>10.1f} {fig['dct_only_accuracy']:>10.1f}")
    print("dct: the control, relative expressions within the DCT's reach after an earlier date beyond it")
    print("value acc: the whole document parsed; DCT-only: its sentence parsed alone, published = DCT")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
