"""The dates layer's TempEval-3 errors by class, and how the gold writes each span modifier.

Session 20 (issue 19) asked which errors of the ``tune`` part are worth a rule: a class is worth one
only when the gold writes it one way. Two tables, per corpus (TimeBank, AQUAINT):

- every error of the ``tune`` part in one class: ``miss``, ``false alarm``, ``span only`` (the value
  right, the offsets not), then the wrong values: ``part of day`` ("Friday night" as the day or as
  ``TNI``), ``time zone`` (a zoned clock time in UTC or local), ``duration vs date``, ``week`` ("last
  week" as an ISO week, ``WXX``, ``P1W`` or a month), ``unknown digits`` (``1968`` against
  ``1968-XX``, ``199`` against ``199X``), ``other day`` (a day of the wrong week or year: the anchor),
  ``granularity`` (a year against a quarter or a day), ``other value``;
- for each span modifier ("about", "early", "earlier", "the", ...) before a gold expression, how
  often the gold puts it inside the span and how often outside.

Only the ``tune`` part is read: the ``held`` fifth (``evaluation.dates.part_of``) is never opened.
Run as ``python -m evaluation.dates_classes [--corpora PATH]``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from evaluation.dates import CORPORA, Doc, Timex, match, part_of, read_tml

__all__ = ["MODIFIERS", "error_class", "main", "modifier_placement", "tune_classes"]

MODIFIERS = (
    "about", "nearly", "almost", "at least", "more than", "less than", "some", "around", "early",
    "earlier", "late", "later", "mid", "the", "last", "right", "just", "only", "over",
)  # fmt: skip
_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI)$")
_WEEK = re.compile(r"W(?:\d|XX)|^P\d*W$")
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")


def _unknown_digits(gold: str, ours: str) -> bool:
    """Whether the two values differ only in digits written ``X`` ("1968" / "1968-XX", "199" / "199X")."""
    longer, shorter = (gold, ours) if len(gold) >= len(ours) else (ours, gold)
    return "X" in longer and longer.startswith(shorter) and set(longer[len(shorter) :]) <= set("X-")


def error_class(gold: Timex | None, ours: Timex | None) -> str | None:
    """The class of one gold/system pair (None when both span and value are right)."""
    if ours is None:
        return "miss"
    if gold is None:
        return "false alarm"
    if gold.value == ours.value:
        return None if (gold.start, gold.end) == (ours.start, ours.end) else "span only"
    if _PART_OF_DAY.search(gold.value) or _PART_OF_DAY.search(ours.value):
        return "part of day"
    if ours.value.endswith("Z") != gold.value.endswith("Z"):
        return "time zone"
    if gold.type != ours.type and "DURATION" in (gold.type, ours.type):
        return "duration vs date"
    if _WEEK.search(gold.value) or _WEEK.search(ours.value):
        return "week"
    if _unknown_digits(gold.value, ours.value):
        return "unknown digits"
    if _DAY.match(gold.value) and _DAY.match(ours.value):
        return "other day"
    if len(gold.value) != len(ours.value):
        return "granularity"
    return "other value"


def _errors(doc: Doc, found: Sequence[Timex]) -> list[str]:
    """The class of every error of one document, as ``score`` pairs its expressions."""
    pairs, _ = match(doc, found)
    used = set(pairs.values())
    classes = [error_class(doc.gold[i], found[j]) for j, i in pairs.items()]
    classes += ["miss" for i in range(len(doc.gold)) if i not in used]
    classes += ["false alarm" for j in range(len(found)) if j not in pairs]
    return [c for c in classes if c is not None]


def modifier_placement(doc: Doc) -> Counter[tuple[str, str]]:
    """For each modifier word and gold expression it stands before: ``inside`` or ``outside`` its span."""
    counts: Counter[tuple[str, str]] = Counter()
    for g in doc.gold:
        low = g.text.lower()
        before = doc.text[max(0, g.start - 20) : g.start].lower()
        for word in MODIFIERS:
            if low.startswith(word + " "):
                counts[(word, "inside")] += 1
            elif re.search(r"\b" + word + r"\s+$", before):
                counts[(word, "outside")] += 1
    return counts


def tune_classes(
    root: Path, run: Callable[[Doc], Sequence[Timex]]
) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str, str]]]:
    """Error classes and modifier placements per corpus over the ``tune`` part only."""
    errors: Counter[tuple[str, str]] = Counter()
    modifiers: Counter[tuple[str, str, str]] = Counter()
    for corpus in CORPORA:
        for index, path in enumerate(sorted((root / corpus).glob("*.tml"))):
            if part_of(index) != "tune":
                continue  # the held fifth is never read
            doc = read_tml(path)
            errors.update((corpus, c) for c in _errors(doc, run(doc)))
            modifiers.update((corpus, w, where) for (w, where) in modifier_placement(doc).elements())
    return errors, modifiers


def _ours() -> Callable[[Doc], Sequence[Timex]]:
    """The dates layer through the pipeline, as ``evaluation.dates`` runs it."""
    import newsparse_dates
    from newsparse.testing import pipeline_for

    pipe = pipeline_for(newsparse_dates)

    def run(doc: Doc) -> list[Timex]:
        parsed = pipe.parse(doc.text, published=doc.dct.isoformat())
        return [Timex(d.start, d.end, d.text, d.type, d.value) for d in parsed.dates]

    return run


def main(argv: list[str] | None = None) -> int:
    """Print the two tables for the ``tune`` part of TempEval-3 training data."""
    default = os.environ.get("NEWSPARSE_CORPORA") or str(
        Path(__file__).resolve().parents[2] / "shared" / "corpora"
    )
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.dates_classes", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--corpora", default=default, help="folder holding tempeval3/")
    root = Path(parser.parse_args(argv).corpora) / "tempeval3"
    if not root.is_dir():
        print(f"no TempEval-3 data at {root}", file=sys.stderr)
        return 2
    errors, modifiers = tune_classes(root, _ours())
    print(f"{'error class (tune part)':24} " + " ".join(f"{c:>9}" for c in CORPORA))
    for name in sorted({c for _, c in errors}, key=lambda c: -sum(errors[(k, c)] for k in CORPORA)):
        print(f"{name:24} " + " ".join(f"{errors[(k, name)]:9d}" for k in CORPORA))
    print(f"\n{'modifier before gold':24} " + " ".join(f"{c + ' in/out':>16}" for c in CORPORA))
    for word in MODIFIERS:
        cells = [
            f"{modifiers[(k, word, 'inside')]:>7d} / {modifiers[(k, word, 'outside')]:<6d}" for k in CORPORA
        ]
        if any(modifiers[(k, word, w)] for k in CORPORA for w in ("inside", "outside")):
            print(f"{word:24} " + " ".join(f"{c:>16}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
